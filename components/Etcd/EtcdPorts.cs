namespace Infra.Etcd;

/// <summary>The ports one member listens on: clients (API servers), peers (Raft) and metrics.</summary>
/// <param name="Client">The gRPC client port the API servers read and write through.</param>
/// <param name="Peer">The Raft port members replicate through.</param>
/// <param name="Metrics">The <c>/metrics</c> and <c>/health</c> listener, apart from the client port so
/// scrapes and health probes need no client certificate and never queue behind client traffic.</param>
public sealed record EtcdPorts(int Client, int Peer, int Metrics)
{
    /// <summary>The main cluster: etcd's registered ports 2379/2380 and kubeadm's metrics port 2381.</summary>
    public static readonly EtcdPorts Main = new(2379, 2380, 2381);

    /// <summary>
    /// The events cluster: the next three ports, so it can share hosts with the main cluster (and its
    /// security group rules can tell the two apart).
    /// </summary>
    public static readonly EtcdPorts Events = new(2382, 2383, 2384);

    public int Client { get; } = Valid(Client, nameof(Client));

    public int Peer { get; } = Valid(Peer, nameof(Peer));

    public int Metrics { get; } = Valid(Metrics, nameof(Metrics));

    private static int Valid(int port, string name) =>
        port is >= 1 and <= 65535
            ? port
            : throw new ArgumentOutOfRangeException(name, port, $"etcd {name.ToLowerInvariant()} port {port} is not a TCP port: use 1 to 65535.");
}
