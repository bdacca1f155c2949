using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;
using Infra.Network.Connections;

namespace Infra.Policies.Rules;

/// <summary>Which way a security group rule lets traffic through its group.</summary>
internal enum RuleDirection
{
    Ingress,
    Egress,
}

/// <summary>
/// One emitted security group rule, read as the reachability rules need it: the group it is on and that group's role,
/// the direction, what it opens, and its peer (another group's role, or a CIDR).
/// </summary>
/// <param name="Resource">The rule resource.</param>
/// <param name="Group">The group it belongs to; null when its <c>securityGroupId</c> names no group of the program.</param>
/// <param name="Role">That group's role; null when the group carries no <see cref="SecurityGroupRoleAnnotation"/>.</param>
/// <param name="Direction">Ingress or egress.</param>
/// <param name="Protocol">The rule's <c>ipProtocol</c>.</param>
/// <param name="From">Its first port (0 when unset).</param>
/// <param name="To">Its last port (65535 when unset).</param>
/// <param name="PeerRole">The role of the referenced group, if the peer is a group of the program with a role.</param>
/// <param name="PeerCidr">The peer CIDR, if the peer is one.</param>
internal sealed record GroupRule(
    Resource Resource, SecurityGroup? Group, SecurityGroupRole? Role, RuleDirection Direction, string Protocol, int From, int To, SecurityGroupRole? PeerRole, string? PeerCidr)
{
    /// <summary>The protocol numbers AWS accepts for the names connections use.</summary>
    private static readonly Dictionary<string, string> ProtocolNumbers = new(StringComparer.Ordinal) { ["6"] = "tcp", ["17"] = "udp" };

    /// <summary>Every ingress and egress rule of the program.</summary>
    public static IReadOnlyList<GroupRule> Of(IEnumerable<Resource> resources) =>
        resources.Select(resource => resource switch
        {
            SecurityGroupIngressRule ingress => Read(ingress, RuleDirection.Ingress, ingress.Args),
            SecurityGroupEgressRule egress => Read(egress, RuleDirection.Egress, egress.Args),
            _ => null,
        })
        .OfType<GroupRule>()
        .ToList();

    /// <summary>The rule's peer as a connection's end would name it.</summary>
    public string PeerName => PeerRole?.Key ?? PeerCidr ?? "an unknown peer";

    /// <summary>True when the rule lets <paramref name="port"/> through (its protocol, or every protocol, and a range covering it).</summary>
    public bool Opens(Port port) =>
        Protocol is "-1" or "all" || (Normal(Protocol) == port.Protocol && From <= port.From && port.To <= To);

    /// <summary>True when the rule opens exactly <paramref name="port"/>: no more than the connection needs.</summary>
    public bool OpensExactly(Port port) => Normal(Protocol) == port.Protocol && From == port.From && To == port.To;

    /// <summary>
    /// True when the peer covers <paramref name="peer"/>: the same role, a CIDR containing the peer's CIDR, or 0.0.0.0/0
    /// (the only CIDR known to hold a group's members: their addresses are AWS's choice).
    /// </summary>
    public bool Covers(Peer peer) =>
        (peer.Role is not null && PeerRole == peer.Role)
        || PeerCidr == Peer.AnywhereCidr
        || (peer.Cidr is { } cidr && PeerCidr is { } own && Ipv4Cidr.TryParse(own, out var outer, out _) && Ipv4Cidr.TryParse(cidr, out var inner, out _) && outer.Contains(inner));

    /// <summary>True when the peer is exactly <paramref name="peer"/>.</summary>
    public bool IsExactly(Peer peer) => peer.Role is not null ? PeerRole == peer.Role : PeerCidr == peer.Cidr;

    private static string Normal(string protocol) => ProtocolNumbers.GetValueOrDefault(protocol, protocol);

    private static GroupRule Read(Resource resource, RuleDirection direction, SecurityGroupRuleArgs args)
    {
        var group = GroupOf(args.SecurityGroupId);
        var peer = args.ReferencedSecurityGroupId is { } referenced ? GroupOf(referenced) : null;
        return new(
            resource,
            group,
            RoleOf(group),
            direction,
            args.IpProtocol.KnownValue ?? string.Empty,
            args.FromPort ?? 0,
            args.ToPort ?? ushort.MaxValue,
            RoleOf(peer),
            args.CidrIpv4?.KnownValue);
    }

    private static SecurityGroup? GroupOf(Expr<string> id) => id.Node is OutputReference { Resource: SecurityGroup group } ? group : null;

    private static SecurityGroupRole? RoleOf(SecurityGroup? group) => group?.Annotations.OfType<SecurityGroupRoleAnnotation>().FirstOrDefault()?.Role;
}
