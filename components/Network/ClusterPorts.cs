namespace Infra.Network;

/// <summary>
/// The ports cluster members talk on, and why. The CNI is Calico with the eBPF data plane in VXLAN mode:
/// pod traffic between nodes is wrapped in UDP 4789, routes are spread through the Kubernetes datastore
/// via Typha (TCP 5473), so BGP (179) is not used; a BGP full mesh does not scale to thousands of nodes,
/// and IPIP (IP protocol 4) gains nothing over VXLAN on AWS. The connections using them are declared in
/// <c>Infra.Network.Connections</c>; etcd's ports are its members' own (<c>EtcdPorts</c>). SSH (22) is never opened: operators use SSM.
/// </summary>
internal static class ClusterPorts
{
    /// <summary>kube-apiserver.</summary>
    public static readonly Port ApiServer = Port.Tcp(6443);

    /// <summary>The kubelet API: logs, exec and port-forward from the API server, metrics scrapes from pods.</summary>
    public static readonly Port Kubelet = Port.Tcp(10250);

    /// <summary>Calico VXLAN: encapsulated pod-to-pod traffic between nodes.</summary>
    public static readonly Port CalicoVxlan = Port.Udp(4789);

    /// <summary>Calico Typha: calico-node agents read the datastore through it instead of each watching the API server.</summary>
    public static readonly Port CalicoTypha = Port.Tcp(5473);

    /// <summary>Felix's Prometheus metrics (<c>prometheusMetricsPort</c>'s default), served on every node's host network.</summary>
    public static readonly Port FelixMetrics = Port.Tcp(9091);

    /// <summary>The Kubernetes NodePort range (the API server's default <c>--service-node-port-range</c>), where load balancers forward.</summary>
    public static readonly Port NodePorts = Port.Tcp(30000, 32767);

    /// <summary>
    /// What workloads on nodes may call: every TCP and UDP port except SSH's, which no rule opens in
    /// either direction. Destinations are the workloads' business; Calico policy narrows pod egress.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Port Port)> WorkloadEgress =
    [
        ("tcp-below-ssh", Port.Tcp(0, 21)),
        ("tcp-above-ssh", Port.Tcp(23, 65535)),
        ("udp", Port.Udp(0, 65535)),
    ];

    /// <summary>HTTPS: Ingress through the public load balancer, AWS APIs, registries, VPC endpoints.</summary>
    public static readonly Port Https = Port.Tcp(443);
}
