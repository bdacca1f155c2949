namespace Infra.Network.Connections;

/// <summary>
/// Traffic the cluster needs: <paramref name="From"/> opens <paramref name="Port"/> on <paramref name="To"/>.
/// Components declare the connections of the listeners they configure; the network generates the security group
/// rules from them (<see cref="Network.Connect"/>): egress on the source's group, ingress on the destination's,
/// nothing on a CIDR side (no group of ours there).
/// </summary>
/// <param name="Name">Short name of the traffic (<c>etcd-client</c>, <c>vxlan</c>): part of the rules' ids.</param>
/// <param name="From">Who opens the connection.</param>
/// <param name="To">Who listens.</param>
/// <param name="Port">The protocol and the listening port or range.</param>
/// <param name="Why">What breaks without it: the rules' description.</param>
public sealed record Connection(string Name, Peer From, Peer To, Port Port, string Why)
{
    public Peer From { get; } = From.Role is not null || To.Role is not null
        ? From
        : throw new ArgumentException($"connection '{Name}' joins two CIDRs ({From} to {To}): one side must be a role, whose security group gets the rule.", nameof(From));

    /// <summary>Connections from every client role to the destination.</summary>
    public static IEnumerable<Connection> FromEach(IEnumerable<SecurityGroupRole> clients, string name, Peer to, Port port, string why) =>
        clients.Select(client => new Connection(name, Peer.Of(client), to, port, why));

    public override string ToString() => $"'{Name}' {From} -> {To} {Port}";
}
