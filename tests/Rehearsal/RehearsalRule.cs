namespace Infra.Tests.Rehearsal;

/// <summary>Which way a rule lets traffic through a machine's security group.</summary>
internal enum RuleDirection
{
    Ingress,
    Egress,
}

/// <summary>
/// One security group rule of one machine, as the rehearsal loads it into that machine's nftables: traffic to
/// (ingress) or from (egress) <see cref="Peer"/> on <see cref="Protocol"/> ports <see cref="Port"/> to <see cref="LastPort"/>.
/// </summary>
/// <param name="Machine">The machine whose group holds the rule.</param>
/// <param name="Direction">Ingress or egress.</param>
/// <param name="Peer">The other side: a machine, a named set of machines (a role's members), or a CIDR of rehearsal addresses.</param>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c>.</param>
/// <param name="Port">The destination port, or the first of the range.</param>
/// <param name="LastPort">The last port of the range; null for one port.</param>
/// <param name="Name">The rule it stands for (a security group rule of a program); rules of one name are deleted together.</param>
internal sealed record RehearsalRule(string Machine, RuleDirection Direction, string Peer, string Protocol, int Port, int? LastPort = null, string? Name = null)
{
    /// <summary>The unit the rehearsal deletes to prove the rule needed: its <see cref="Name"/>, or the rule itself.</summary>
    public string Key => Name ?? ToString();

    /// <summary>True when the rule lets traffic to <paramref name="port"/> over <paramref name="protocol"/> through.</summary>
    public bool Opens(string protocol, int port) => protocol == Protocol && Port <= port && port <= (LastPort ?? Port);

    /// <summary>The ports as nftables writes them: <c>2379</c> or <c>30000-32767</c>.</summary>
    public string Ports => LastPort is { } last && last != Port ? $"{Port}-{last}" : $"{Port}";

    public override string ToString() => $"{Machine} {Direction.ToString().ToLowerInvariant()} {Protocol}/{Ports} {(Direction == RuleDirection.Ingress ? "from" : "to")} {Peer}";
}
