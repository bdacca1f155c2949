using Infra.Model;
using Infra.Network;
using Infra.Network.Connections;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// The Kubernetes API endpoint: an internal network load balancer in the private subnets, which nodes and
/// control-plane members use (kubeadm's <c>controlPlaneEndpoint</c>), and, when
/// <see cref="ApiLoadBalancerArgs.PublicAllowedCidrs"/> names client networks, a public one in the public subnets
/// behind the network's public load balancer group. Both forward TCP 6443 to the control-plane instances, which
/// register with <see cref="TargetGroupArns"/>, and health-check them by <see cref="ApiHealthCheck"/>.
/// Cross-zone load balancing is on: each zone's load balancer node forwards to healthy API servers in every zone,
/// so a zone whose API server is down or being replaced still serves its clients (without it, clients resolving that
/// zone's address wait for DNS to drop it); the price is inter-zone traffic for two thirds of API requests.
/// </summary>
public sealed class ApiLoadBalancer : Component
{
    /// <summary>Purpose suffix of the internal load balancer's names.</summary>
    private const string InternalPurpose = "api-int";

    /// <summary>Purpose suffix of the public load balancer's names.</summary>
    private const string PublicPurpose = "api-pub";

    public ApiLoadBalancer(Scope parent, string id, ApiLoadBalancerArgs args)
        : base(parent, id)
    {
        ApiLoadBalancerArgsValidation.Validate(args);
        var network = args.Network;
        var tags = new NetworkTags(args.ClusterName, args.Tags);
        var internalFrontend = new ApiFrontend(Scope.Child("internal"), new ApiFrontendArgs(
            args.ClusterName, InternalPurpose, Internal: true, network.PrivateSubnetIds, network.InternalApiLoadBalancerSecurityGroupId, network.VpcId, args.DeletionProtection, tags.Named(InternalPurpose)));
        var publicFrontend = args.PublicAllowedCidrs.Count == 0
            ? null
            : new ApiFrontend(Scope.Child("public"), new ApiFrontendArgs(
                args.ClusterName, PublicPurpose, Internal: false, network.PublicSubnetIds, network.PublicLoadBalancerSecurityGroupId, network.VpcId, args.DeletionProtection, tags.Named(PublicPurpose)));

        Connections = ApiConnections.For(internalFrontend, publicFrontend, args.PublicAllowedCidrs);
        InternalDnsName = internalFrontend.LoadBalancer.DnsName;
        InternalZoneId = internalFrontend.LoadBalancer.ZoneId;
        Endpoint = Fn.Interpolate($"{internalFrontend.LoadBalancer.DnsName}:{ClusterPorts.ApiServer.From}");
        InternalTargetGroupArn = internalFrontend.TargetGroup.Arn;
        TargetGroupArns = [InternalTargetGroupArn];
        if (publicFrontend is not null)
        {
            PublicDnsName = publicFrontend.LoadBalancer.DnsName;
            TargetGroupArns = [InternalTargetGroupArn, publicFrontend.TargetGroup.Arn];
        }
    }

    /// <summary>What the endpoint needs the security groups to open (<see cref="ApiConnections"/>): give them to the network's <c>Connect</c>.</summary>
    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>The internal load balancer's DNS name; resolves to private addresses in each zone.</summary>
    public Expr<string> InternalDnsName { get; }

    /// <summary>The Route 53 zone of <see cref="InternalDnsName"/>, for an alias record of a name the cluster owns.</summary>
    public Expr<string> InternalZoneId { get; }

    /// <summary><c>&lt;internal DNS name&gt;:6443</c>: where nodes and control-plane members reach the API.</summary>
    public Expr<string> Endpoint { get; }

    /// <summary>The internal load balancer's target group.</summary>
    public Expr<string> InternalTargetGroupArn { get; }

    /// <summary>Every target group control-plane Auto Scaling groups register with: the internal one, then the public one if any.</summary>
    public IReadOnlyList<Expr<string>> TargetGroupArns { get; }

    /// <summary>The public load balancer's DNS name; null when no client network outside the VPC is allowed.</summary>
    public Expr<string>? PublicDnsName { get; }
}
