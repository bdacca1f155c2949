namespace Infra.Network.Connections;

/// <summary>
/// What cluster machines open outside the cluster: the control plane HTTPS only (packages, images, AWS APIs, their VPC
/// endpoints); worker nodes every TCP and UDP port but SSH's, since destinations are the workloads' business
/// (Calico policy narrows pod egress). etcd members declare their own (<c>EtcdConnections</c>).
/// </summary>
public static class MachineEgress
{
    public static IReadOnlyList<Connection> Connections { get; } =
    [
        new("https", Peer.Of(SecurityGroupRole.ControlPlane), Peer.Anywhere, ClusterPorts.Https, "Packages, images and AWS APIs"),
        .. ClusterPorts.WorkloadEgress.Select(egress =>
            new Connection(egress.Name, Peer.Of(SecurityGroupRole.Nodes), Peer.Anywhere, egress.Port, "Workloads reach their dependencies")),
    ];
}
