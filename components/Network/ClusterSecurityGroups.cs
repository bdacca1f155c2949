using Infra.Aws.Ec2;
using Infra.Model;
using Infra.Network.Connections;

namespace Infra.Network;

/// <summary>
/// One security group per role (<see cref="SecurityGroupRole"/>), and the rules the network's own connections need:
/// the pod network, the kubelet API, machines' egress and public services. Components add theirs through
/// <see cref="Connect"/> (etcd's clusters, the API endpoint); no rule is written by hand.
/// </summary>
internal sealed class ClusterSecurityGroups
{
    private readonly ConnectionRules rules;

    public ClusterSecurityGroups(Scope scope, VpcLayout vpc, NetworkArgs args, NetworkTags tags)
    {
        rules = new ConnectionRules(scope, tags);
        ControlPlane = Declare(NamedGroup.Declare(scope, SecurityGroupRole.ControlPlane, vpc.VpcId, "Kubernetes API servers", tags.Named("control-plane")));
        Etcd = Declare(NamedGroup.Declare(scope, SecurityGroupRole.Etcd, vpc.VpcId, "etcd members", tags.Named("etcd")));

        // The cloud controller manager adds its load balancer rules to the one group of an instance tagged with the
        // cluster: the nodes group. kubeadm labels control-plane nodes out of Service load balancers, so they need none.
        Nodes = Declare(NamedGroup.Declare(
            scope, SecurityGroupRole.Nodes, vpc.VpcId, "Kubernetes worker nodes", tags.Named("nodes", [new(tags.ClusterTagKey, SubnetTags.Owned)])));
        var publicLoadBalancer = NamedGroup.Declare(scope, SecurityGroupRole.PublicLoadBalancer, vpc.VpcId, "Internet-facing load balancers", tags.Named("public-lb"));
        publicLoadBalancer.Group.Annotate(PublicLoadBalancerAnnotation.Instance);
        PublicLoadBalancer = Declare(publicLoadBalancer);
        InternalApiLoadBalancer = Declare(NamedGroup.Declare(
            scope, SecurityGroupRole.InternalApiLoadBalancer, vpc.VpcId, "Internal Kubernetes API load balancer", tags.Named("api-int-lb")));

        // Egress to anywhere first: a connection it already covers gets no second rule (ConnectionRules).
        Connect([.. MachineEgress.Connections, .. PodNetwork.Connections, .. KubeletApi.Connections, .. PublicServices.For(args.PublicIngressCidrs)]);
    }

    public SecurityGroup ControlPlane { get; }

    public SecurityGroup Etcd { get; }

    public SecurityGroup Nodes { get; }

    public SecurityGroup PublicLoadBalancer { get; }

    public SecurityGroup InternalApiLoadBalancer { get; }

    /// <summary>Generates the rules of <paramref name="connections"/> on the groups of their roles.</summary>
    public void Connect(IEnumerable<Connection> connections) => rules.Declare(connections);

    private SecurityGroup Declare(NamedGroup group)
    {
        rules.Register(group);
        return group.Group;
    }
}
