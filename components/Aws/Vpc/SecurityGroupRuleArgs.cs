using Infra.Model;

namespace Infra.Aws.Vpc;

/// <summary>
/// Args shared by <c>aws:vpc/securityGroupIngressRule</c> and <c>aws:vpc/securityGroupEgressRule</c>:
/// one protocol, one port range and exactly one peer (CIDR, prefix list or security group).
/// </summary>
public sealed record SecurityGroupRuleArgs
{
    public required Expr<string> SecurityGroupId { get; init; }

    /// <summary><c>tcp</c>, <c>udp</c>, <c>icmp</c>, or <c>-1</c> for all (then no ports).</summary>
    public required Expr<string> IpProtocol { get; init; }

    public int? FromPort { get; init; }

    public int? ToPort { get; init; }

    public Expr<string>? CidrIpv4 { get; init; }

    public Expr<string>? CidrIpv6 { get; init; }

    public Expr<string>? PrefixListId { get; init; }

    public Expr<string>? ReferencedSecurityGroupId { get; init; }

    public Expr<string>? Description { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}
