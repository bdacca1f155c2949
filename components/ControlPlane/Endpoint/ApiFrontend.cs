using System.Globalization;
using Infra.Aws.Lb;
using Infra.Model;
using Infra.Network;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// One network load balancer in front of the API servers: the load balancer, its target group of control-plane
/// instances and a TCP listener on 6443 joining them. TCP, not TLS: the API servers terminate TLS themselves, so
/// client certificates and service account tokens reach them untouched. Each load balancer has its own target group,
/// because a network load balancer's target group can belong to one load balancer only.
/// </summary>
internal sealed class ApiFrontend
{
    /// <summary>
    /// Seconds a deregistering API server keeps its connections: the API server's default request timeout
    /// (<c>--request-timeout</c>, 60 s), so any ordinary request in flight can finish. Watches last longer and
    /// are cut then (see <see cref="ConnectionTermination"/>); the AWS default of 300 s would only slow every
    /// control-plane replacement by four more minutes.
    /// </summary>
    public const int DeregistrationDelaySeconds = 60;

    /// <summary>
    /// Close the remaining connections when the deregistration delay ends, so watch clients notice at once and
    /// reconnect to another server instead of waiting on a target that is going away.
    /// </summary>
    public const bool ConnectionTermination = true;

    /// <summary>
    /// "false": targets see the load balancer's address. With client addresses preserved, a control-plane member whose
    /// kubelet reaches the internal endpoint and is routed to itself sees its own address as the source and drops the
    /// connection (the NLB hairpin), and the control-plane group could not admit traffic by the load balancer's group.
    /// </summary>
    public const string PreserveClientIp = "false";

    public ApiFrontend(Scope scope, ApiFrontendArgs args)
    {
        var tags = args.Tags;
        var name = LoadBalancerName.For(args.ClusterName, args.Purpose);
        var apiPort = ClusterPorts.ApiServer.From;
        LoadBalancer = new LoadBalancer(scope, "nlb", new LoadBalancerArgs
        {
            Name = name,
            Internal = args.Internal,
            LoadBalancerType = "network",
            Subnets = args.SubnetIds,
            SecurityGroups = [args.SecurityGroupId],
            EnableCrossZoneLoadBalancing = true,
            EnableDeletionProtection = args.DeletionProtection,
            Tags = tags,
        });
        TargetGroup = new TargetGroup(scope, "targets", new TargetGroupArgs
        {
            Name = name,
            Port = apiPort,
            Protocol = "TCP",
            TargetType = "instance",
            VpcId = args.VpcId,
            HealthCheck = ApiHealthCheck.Settings,
            ConnectionTermination = ConnectionTermination,
            DeregistrationDelay = DeregistrationDelaySeconds,
            PreserveClientIp = PreserveClientIp,
            Tags = tags,
        });
        Listener = new Listener(scope, "listener", new ListenerArgs
        {
            LoadBalancerArn = LoadBalancer.Arn,
            Port = apiPort,
            Protocol = "TCP",
            DefaultActions = [new ListenerDefaultAction { Type = "forward", TargetGroupArn = TargetGroup.Arn }],
            Tags = tags,
        });
    }

    public LoadBalancer LoadBalancer { get; }

    public TargetGroup TargetGroup { get; }

    public Listener Listener { get; }

    /// <summary>Where clients connect: the listener's port.</summary>
    public Port ListenerPort => Port.Tcp(Listener.Args.Port ?? throw new InvalidOperationException($"{Listener} has no port"));

    /// <summary>
    /// Where the load balancer reaches the API servers: the target group's port, and its health check's port
    /// (<c>traffic-port</c> is the same one).
    /// </summary>
    public IReadOnlyList<Port> TargetPorts
    {
        get
        {
            var traffic = TargetGroup.Args.Port ?? throw new InvalidOperationException($"{TargetGroup} has no port");
            var check = TargetGroup.Args.HealthCheck?.Port is { } port and not "traffic-port" ? int.Parse(port, CultureInfo.InvariantCulture) : traffic;
            return [.. new[] { traffic, check }.Distinct().Select(p => Port.Tcp(p))];
        }
    }
}

/// <summary>Where an <see cref="ApiFrontend"/> sits and who may reach it.</summary>
/// <param name="ClusterName">The cluster's name, first part of the resource names.</param>
/// <param name="Purpose">Short suffix of its names, e.g. <c>api-int</c>.</param>
/// <param name="Internal">True for a load balancer reachable from inside the VPC only.</param>
/// <param name="SubnetIds">One subnet per zone.</param>
/// <param name="SecurityGroupId">The load balancer's group.</param>
/// <param name="VpcId">The VPC of the targets.</param>
/// <param name="DeletionProtection">Whether AWS refuses to delete the load balancer.</param>
/// <param name="Tags">Tags of every resource, Name included.</param>
internal sealed record ApiFrontendArgs(
    string ClusterName,
    string Purpose,
    bool Internal,
    IReadOnlyList<Expr<string>> SubnetIds,
    Expr<string> SecurityGroupId,
    Expr<string> VpcId,
    bool DeletionProtection,
    IReadOnlyDictionary<string, Expr<string>> Tags);
