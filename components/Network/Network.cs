using Infra.Model;
using Infra.Network.Connections;

namespace Infra.Network;

/// <summary>
/// The cluster's network: a VPC with public and private subnets per zone, NAT, VPC endpoints and the
/// role security groups (see <see cref="NetworkArgs"/> for the two variants, created or adopted).
/// Outputs have the same shape either way; lists follow the order of <see cref="NetworkArgs.AvailabilityZones"/>.
/// </summary>
public sealed class Network : Component
{
    private readonly ClusterSecurityGroups groups;

    public Network(Scope parent, string id, NetworkArgs args)
        : base(parent, id)
    {
        NetworkArgsValidation.Validate(args);
        var tags = new NetworkTags(args.ClusterName, args.Tags);
        var vpc = args.ExistingVpc is { } existing
            ? AdoptedVpc.Build(Scope, existing, tags)
            : CreatedVpc.Build(Scope, args, tags);

        if (args.VpcEndpoints)
        {
            VpcEndpoints.Build(Scope, vpc, args.Region, tags, args.ExistingVpc?.ExistingEndpoints ?? []);
        }

        groups = new ClusterSecurityGroups(Scope, vpc, args, tags);
        AvailabilityZones = args.AvailabilityZones;
        VpcId = vpc.VpcId;
        VpcCidr = vpc.VpcCidr;
        PublicSubnetIds = vpc.PublicSubnetIds;
        PrivateSubnetIds = vpc.PrivateSubnetIds;
        PrivateSubnetCidrs = vpc.PrivateSubnetCidrs;
        ControlPlaneSecurityGroupId = groups.ControlPlane.Id;
        EtcdSecurityGroupId = groups.Etcd.Id;
        NodesSecurityGroupId = groups.Nodes.Id;
        PublicLoadBalancerSecurityGroupId = groups.PublicLoadBalancer.Id;
        InternalApiLoadBalancerSecurityGroupId = groups.InternalApiLoadBalancer.Id;
    }

    /// <summary>The zones, in the order of the subnet lists.</summary>
    public IReadOnlyList<string> AvailabilityZones { get; }

    public Expr<string> VpcId { get; }

    public string VpcCidr { get; }

    /// <summary>One per zone: internet-facing load balancers and NAT gateways; empty for an adopted VPC without public subnets.</summary>
    public IReadOnlyList<Expr<string>> PublicSubnetIds { get; }

    /// <summary>One per zone: nodes, control plane, etcd and internal load balancers.</summary>
    public IReadOnlyList<Expr<string>> PrivateSubnetIds { get; }

    /// <summary>Each private subnet's range, in zone order: carved or given for a created VPC, listed for an adopted one.</summary>
    public IReadOnlyList<string> PrivateSubnetCidrs { get; }

    public Expr<string> ControlPlaneSecurityGroupId { get; }

    public Expr<string> EtcdSecurityGroupId { get; }

    /// <summary>Worker nodes carry it; the cloud controller manager opens Service load balancers' traffic on it.</summary>
    public Expr<string> NodesSecurityGroupId { get; }

    public Expr<string> PublicLoadBalancerSecurityGroupId { get; }

    /// <summary>The internal API load balancer's group: it admits the API's clients and reaches the API servers.</summary>
    public Expr<string> InternalApiLoadBalancerSecurityGroupId { get; }

    /// <summary>
    /// Generates the security group rules of <paramref name="connections"/>, which components declare from the listeners
    /// they configure (etcd's <c>Connections</c>, the API load balancer's): the one place rules come from.
    /// </summary>
    public void Connect(IEnumerable<Connection> connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        groups.Connect(connections);
    }
}
