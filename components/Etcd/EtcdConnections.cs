using Infra.Network;
using Infra.Network.Connections;

namespace Infra.Etcd;

/// <summary>
/// The connections one etcd cluster needs, read from its members' listen URLs (<see cref="EtcdMemberConfig"/>), so the
/// security groups open exactly the ports the members bind: the API servers to every client port, members to every
/// peer port, and members to AWS over HTTPS (SSM parameters, KMS, backups to S3). The metrics listener is on loopback
/// (<see cref="EtcdMemberConfig.MetricsUrl"/>) and needs none. The main cluster gives 2379/2380, the events cluster
/// 2382/2383 (<see cref="EtcdPorts"/>).
/// </summary>
public static class EtcdConnections
{
    /// <summary>The connections of cluster <paramref name="cluster"/> whose members run <paramref name="members"/>.</summary>
    public static IReadOnlyList<Connection> Of(string cluster, IEnumerable<EtcdMemberConfig> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cluster);
        ArgumentNullException.ThrowIfNull(members);
        var configs = members.ToList();
        var etcd = Peer.Of(SecurityGroupRole.Etcd);
        return
        [
            .. PortsOf(configs, c => c.ListenClientUrl).Select(port =>
                new Connection($"{cluster}-client", Peer.Of(SecurityGroupRole.ControlPlane), etcd, port, $"API servers are the clients of {cluster}")),
            .. PortsOf(configs, c => c.ListenPeerUrl).Select(port =>
                new Connection($"{cluster}-peer", etcd, etcd, port, $"Members of {cluster} replicate")),
            new("https", etcd, Peer.Anywhere, ClusterPorts.Https, "Backups to S3, SSM parameters and KMS"),
        ];
    }

    private static IEnumerable<Port> PortsOf(IEnumerable<EtcdMemberConfig> configs, Func<EtcdMemberConfig, string> url) =>
        configs.Select(c => new Uri(url(c)).Port).Distinct().Order().Select(p => Port.Tcp(p));
}
