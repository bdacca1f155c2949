using Infra.Network;
using Infra.NodePools;

namespace Infra.Stacks.Config;

/// <summary>
/// The defaults of one environment: every setting a stack file does not override comes from here.
/// Each value states the rule behind it.
/// </summary>
public sealed record EnvironmentProfile
{
    public required EnvironmentName Name { get; init; }

    /// <summary>Fewest availability zones accepted in <c>infra:availabilityZones</c>.</summary>
    public required int MinAvailabilityZones { get; init; }

    /// <summary>Zones used when <c>infra:availabilityZones</c> is not set: the region's first ones, in letter order.</summary>
    public required int DefaultAvailabilityZones { get; init; }

    public required NatMode NatMode { get; init; }

    /// <summary>Planned cluster size in nodes; derived settings (control plane sizing, etcd quotas, pod CIDR check) scale from it.</summary>
    public required int ExpectedNodes { get; init; }


    /// <summary>Members of the external etcd cluster (and of the events cluster, when there is one); odd, so a quorum survives (n-1)/2 failures.</summary>
    public required int EtcdMembers { get; init; }

    /// <summary>VPC network when <c>infra:vpcCidr</c> is not set: a distinct /16 per environment, so environments
    /// can be peered later without renumbering, and 65,536 addresses hold 5,000 nodes with room for load balancers.</summary>
    public required Ipv4Cidr VpcCidr { get; init; }

    /// <summary>The node pool used when <c>infra:nodePools</c> is not set, and the source of fields a configured pool leaves out.
    /// Rule for every profile: min is one node per default zone, desired equals min (the autoscaler grows it),
    /// max is <see cref="ExpectedNodes"/> (the pool may grow to the planned size, no further).</summary>
    public required NodePoolConfig DefaultNodePool { get; init; }

    /// <summary>Pod network when <c>infra:podCidr</c> is not set: RFC 6598 shared space 100.64.0.0/10, which collides with
    /// no VPC or corporate RFC 1918 range and holds 16,384 nodes at one /24 per node.</summary>
    public Ipv4Cidr PodCidr { get; init; } = Ipv4Cidr.Parse("100.64.0.0/10");

    /// <summary>Service network when <c>infra:serviceCidr</c> is not set: kubeadm's default 10.96.0.0/12, the largest
    /// the API server accepts (20 host bits), outside each profile's VPC.</summary>
    public Ipv4Cidr ServiceCidr { get; init; } = Ipv4Cidr.Parse("10.96.0.0/12");

    /// <summary>Small and cheap: the smallest general-purpose size of the general pool's families (burstable t3 would
    /// break the pool's family rule AWS-008), one shared NAT, two zones (still exercises multi-zone code paths),
    /// three etcd members (the smallest quorum that tolerates a failure), rules advisory so experiments are not blocked.</summary>
    public static EnvironmentProfile Dev { get; } = new()
    {
        Name = EnvironmentName.Dev,
        MinAvailabilityZones = 1,
        DefaultAvailabilityZones = 2,
        NatMode = NatMode.Single,
        ExpectedNodes = 10,
        EtcdMembers = 3,
        VpcCidr = Ipv4Cidr.Parse("10.10.0.0/16"),
        DefaultNodePool = Pool(min: 2, max: 10, "m7i.large"),
    };

    /// <summary>A rehearsal of prod's topology at a tenth of its size: three zones, a NAT per zone and five etcd members,
    /// so upgrades and zone failures behave as in prod; rules stay advisory so findings do not block rehearsals.
    /// At least three zones: five members over two zones put three, a quorum, in one, and losing that zone stops etcd.</summary>
    public static EnvironmentProfile Staging { get; } = new()
    {
        Name = EnvironmentName.Staging,
        MinAvailabilityZones = 3,
        DefaultAvailabilityZones = 3,
        NatMode = NatMode.PerZone,
        ExpectedNodes = 100,
        EtcdMembers = 5,
        VpcCidr = Ipv4Cidr.Parse("10.20.0.0/16"),
        DefaultNodePool = Pool(min: 3, max: 100, "m6i.xlarge", "m6a.xlarge"),
    };

    /// <summary>Survives the loss of a zone: at least three zones (a majority of etcd members stays up), a NAT per zone,
    /// five etcd members (quorum survives two failures, e.g. a zone plus a node in maintenance); rules mandatory.</summary>
    public static EnvironmentProfile Prod { get; } = new()
    {
        Name = EnvironmentName.Prod,
        MinAvailabilityZones = 3,
        DefaultAvailabilityZones = 3,
        NatMode = NatMode.PerZone,
        ExpectedNodes = 1000,
        EtcdMembers = 5,
        VpcCidr = Ipv4Cidr.Parse("10.30.0.0/16"),
        DefaultNodePool = Pool(min: 3, max: 1000, "m6i.xlarge", "m6a.xlarge"),
    };

    public static EnvironmentProfile For(EnvironmentName name) => name switch
    {
        EnvironmentName.Dev => Dev,
        EnvironmentName.Staging => Staging,
        EnvironmentName.Prod => Prod,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no profile for this environment"),
    };

    private static NodePoolConfig Pool(int min, int max, params string[] instanceTypes) => new()
    {
        Name = "general",
        Kind = NodePoolKind.General,
        Min = min,
        Max = max,
        Desired = min,
        InstanceTypes = new(instanceTypes),
    };
}
