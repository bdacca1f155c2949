namespace Infra.Network;

/// <summary>
/// What the <see cref="Network"/> builds. Two variants, made by the factories: <see cref="Create"/> (a
/// new VPC with subnets, NAT and routes) and <see cref="Adopt"/> (an existing VPC; only security groups,
/// endpoints and cluster tags are added). Optional settings are changed with <c>with { ... }</c>.
/// </summary>
public sealed record NetworkArgs
{
    private NetworkArgs()
    {
    }

    /// <summary>The cluster's name: prefix of Name tags and part of the <c>kubernetes.io/cluster/&lt;name&gt;</c> tag.</summary>
    public string ClusterName { get; private init; } = string.Empty;

    /// <summary>Zone names (<c>eu-west-1a</c>) in the order subnets and outputs follow; all in one region.</summary>
    public IReadOnlyList<string> AvailabilityZones { get; private init; } = [];

    /// <summary>The VPC's primary IPv4 block.</summary>
    public string VpcCidr { get; private init; } = string.Empty;

    /// <summary>Tags every resource carries (cluster, environment, owner, cost-center); Name is added per resource.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; private init; } = new Dictionary<string, string>();

    /// <summary>Set when adopting: the VPC and subnets to use. Null when the network creates its own.</summary>
    public ExistingVpc? ExistingVpc { get; private init; }

    /// <summary>Per zone (default): a zone outage or a NAT failure only affects that zone. Use <see cref="NatMode.Single"/> for dev.</summary>
    public NatMode NatMode { get; init; } = NatMode.PerZone;

    /// <summary>
    /// Explicit subnet blocks, one entry per zone in zone order. Null (the default) carves them from
    /// <see cref="VpcCidr"/> by the rule in <see cref="SubnetCarving"/>. Only for a created VPC.
    /// </summary>
    public IReadOnlyList<ZoneSubnetCidrs>? SubnetCidrs { get; init; }

    /// <summary>
    /// VPC endpoints for S3, ECR, SSM and STS. On by default: nodes pull images and reach AWS APIs
    /// without NAT (cheaper per GB, and the cluster keeps working when NAT or the internet path fails).
    /// Turn it off when adopting a VPC that already has them: two endpoints of one service cannot both
    /// take over its name with private DNS.
    /// </summary>
    public bool VpcEndpoints { get; init; } = true;

    /// <summary>
    /// Who may reach the public load balancers on 443 and 6443. Empty by default: nothing outside the VPC
    /// reaches the cluster until someone names the source (e.g. the office range, or 0.0.0.0/0 for a public service).
    /// </summary>
    public IReadOnlyList<string> PublicIngressCidrs { get; init; } = [];

    /// <summary>The region, read from the zone names (<c>eu-west-1a</c> is in <c>eu-west-1</c>).</summary>
    public string Region => AvailabilityZoneName.RegionOf(AvailabilityZones[0]);

    /// <summary>A new VPC with <paramref name="vpcCidr"/>, public and private subnets in each of <paramref name="availabilityZones"/>.</summary>
    public static NetworkArgs Create(
        string clusterName, string vpcCidr, IReadOnlyList<string> availabilityZones, IReadOnlyDictionary<string, string> tags) =>
        new() { ClusterName = clusterName, VpcCidr = vpcCidr, AvailabilityZones = availabilityZones, Tags = tags };

    /// <summary>The cluster in <paramref name="vpc"/>: its subnets are tagged <c>shared</c>, nothing of the VPC is replaced.</summary>
    public static NetworkArgs Adopt(string clusterName, ExistingVpc vpc, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        return new()
        {
            ClusterName = clusterName,
            VpcCidr = vpc.VpcCidr,
            AvailabilityZones = vpc.Zones.Select(z => z.AvailabilityZone).ToArray(),
            Tags = tags,
            ExistingVpc = vpc,
        };
    }
}
