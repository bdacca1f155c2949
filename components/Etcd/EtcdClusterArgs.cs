namespace Infra.Etcd;

/// <summary>What an etcd cluster is laid out from (see <see cref="EtcdClusterLayout.Spread"/>).</summary>
public sealed record EtcdClusterArgs
{
    /// <summary>The availability zones members spread over, in order; production needs three so no zone holds a quorum.</summary>
    public required IReadOnlyList<string> Zones { get; init; }

    /// <summary>
    /// The private DNS domain members are named in: member <c>etcd-a</c> is <c>etcd-a.&lt;domain&gt;</c>.
    /// DNS names rather than IPs because a replaced instance gets a new IP but must keep its peer URL.
    /// </summary>
    public required string DnsDomain { get; init; }

    /// <summary>
    /// Five: a quorum of three survives two failures, e.g. a whole zone (two members) or one member in
    /// maintenance plus one crash; seed 001 runs five at ~1,000 nodes. Seven survives three but every
    /// write waits for four acknowledgements; three (one failure) only with <see cref="Development"/>.
    /// </summary>
    public int Members { get; init; } = 5;

    /// <summary>A development cluster: three members and fewer than three zones are accepted.</summary>
    public bool Development { get; init; }

    /// <summary>
    /// Prefix of member names (<c>etcd</c> gives <c>etcd-a</c>, <c>etcd-b</c>, ...) and the cluster's
    /// <c>--initial-cluster-token</c>, so two clusters in one network never join each other's members.
    /// </summary>
    public string Name { get; init; } = "etcd";

    /// <summary>The ports every member listens on.</summary>
    public EtcdPorts Ports { get; init; } = EtcdPorts.Main;

    /// <summary>
    /// The separate events cluster of a main cluster laid out from these args: same zones, domain, size
    /// and development flag; its own names (<c>etcd-events-a</c>, ...), token and ports (see <see cref="EtcdEventsCluster"/>).
    /// </summary>
    public EtcdClusterArgs ForEvents() => this with { Name = $"{Name}-events", Ports = EtcdPorts.Events };
}
