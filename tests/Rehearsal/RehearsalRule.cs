namespace Infra.Tests.Rehearsal;

/// <summary>Which way a rule lets traffic through a machine's security group.</summary>
internal enum RuleDirection
{
    Ingress,
    Egress,
}

/// <summary>
/// One security group rule of one machine, as the rehearsal loads it into that machine's nftables: traffic to
/// (ingress) or from (egress) <see cref="Peer"/> on <see cref="Protocol"/> port <see cref="Port"/>.
/// </summary>
/// <param name="Machine">The machine whose group holds the rule.</param>
/// <param name="Direction">Ingress or egress.</param>
/// <param name="Peer">The machine on the other side.</param>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c>.</param>
/// <param name="Port">The destination port.</param>
internal sealed record RehearsalRule(string Machine, RuleDirection Direction, string Peer, string Protocol, int Port)
{
    public override string ToString() => $"{Machine} {Direction.ToString().ToLowerInvariant()} {Protocol}/{Port} {(Direction == RuleDirection.Ingress ? "from" : "to")} {Peer}";
}
