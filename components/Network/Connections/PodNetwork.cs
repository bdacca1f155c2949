namespace Infra.Network.Connections;

/// <summary>
/// The pod network's connections (Calico in VXLAN mode, <see cref="ClusterPorts"/>): the overlay and Typha between every
/// pair of cluster members, control plane included in both directions. API servers call admission webhooks and
/// aggregated APIs (metrics-server) at pod IPs, which the overlay carries between hosts; pods on control-plane nodes
/// (the cloud controller manager, the EBS CSI controller) are reached the same way. 2 roles give 4 pairs per port. Felix serves its metrics on the host network of every member, scraped from wherever
/// the scraper runs (pod traffic to a node address leaves from its own node's address).
/// </summary>
public static class PodNetwork
{
    public static IReadOnlyList<Connection> Connections { get; } =
    [
        .. Mesh("vxlan", ClusterPorts.CalicoVxlan, "Calico VXLAN carries pod traffic between cluster members"),
        .. Mesh("typha", ClusterPorts.CalicoTypha, "calico-node agents reach Typha, wherever it is scheduled"),
        .. Mesh("felix-metrics", ClusterPorts.FelixMetrics, "Metrics scrapers reach Felix on every node"),
    ];

    /// <summary>A connection from every cluster member role to every one, itself included.</summary>
    internal static IEnumerable<Connection> Mesh(string name, Port port, string why) =>
        from to in SecurityGroupRole.ClusterMembers
        from connection in Connection.FromEach(SecurityGroupRole.ClusterMembers, name, Peer.Of(to), port, why)
        select connection;
}
