namespace Infra.Network;

/// <summary>
/// Derives each zone's subnet blocks from the VPC CIDR (prefix length <c>p</c>, 16 to 20):
/// <list type="bullet">
/// <item>The VPC is cut into 8 equal blocks (<c>p+3</c>: a /19 of a /16). Zone <c>i</c> (in zone order)
/// gets block <c>i</c> as its private subnet: nodes and internal load balancers live there. Pods take
/// their addresses from Calico's pool, not the VPC, so a /19 (8,190 addresses) per zone holds 5,000 nodes
/// spread over 3 zones with room for surges and replacements.</item>
/// <item>The last block is cut into 16 (<c>p+7</c>: a /23 of a /16). Zone <c>i</c> gets piece <c>i</c> as its
/// public subnet, which only holds NAT gateways and internet-facing load balancers.</item>
/// </list>
/// A zone's blocks depend on its position only, so adding a zone at the end never renumbers the
/// others. Seven zones fit (block 7 is the public one); no AWS region has more than six.
/// </summary>
public static class SubnetCarving
{
    /// <summary>How many zones the rule has room for: 8 blocks, the last one public.</summary>
    public const int MaxZones = 7;

    /// <summary>The largest VPC prefix length the rule accepts: a /20 gives /23 private and /27 public subnets, the smallest an AWS load balancer accepts.</summary>
    public const int MaxVpcPrefixLength = 20;

    /// <summary>The smallest prefix length AWS allows for a VPC.</summary>
    public const int MinVpcPrefixLength = 16;

    private const int PrivateBits = 3;
    private const int PublicBits = 4;

    public static IReadOnlyList<ZoneSubnetCidrs> Carve(Ipv4Cidr vpc, int zoneCount)
    {
        var blockPrefix = vpc.PrefixLength + PrivateBits;
        var publicBlock = vpc.Subnet(blockPrefix, (1 << PrivateBits) - 1);
        return Enumerable.Range(0, zoneCount)
            .Select(i => new ZoneSubnetCidrs(
                Private: vpc.Subnet(blockPrefix, i).ToString(),
                Public: publicBlock.Subnet(blockPrefix + PublicBits, i).ToString()))
            .ToArray();
    }
}
