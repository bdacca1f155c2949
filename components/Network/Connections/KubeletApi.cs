namespace Infra.Network.Connections;

/// <summary>
/// Who reaches the kubelet's API (<see cref="ClusterPorts.Kubelet"/>) on every cluster member: API servers for logs,
/// exec and port-forward, metrics-server and Prometheus for scrapes, from wherever they run. The control plane's
/// kubelets run its static pods, whose logs operators read the same way.
/// </summary>
public static class KubeletApi
{
    public static IReadOnlyList<Connection> Connections { get; } =
        [.. PodNetwork.Mesh("kubelet", ClusterPorts.Kubelet, "API servers and metrics scrapers reach kubelets")];
}
