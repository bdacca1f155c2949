namespace Infra.Calico;

/// <summary>
/// The <c>default</c> FelixConfiguration's fields we own (crd.projectcalico.org/v1 FelixConfiguration at v3.32.1,
/// libcalico-go/config/crd/crd.projectcalico.org_felixconfigurations.yaml). Seed 001's 1,000-node values are the
/// defaults, each with its rule. One writer per field: what the operator derives from the <see cref="Installation"/> is
/// not set here, or the operator refuses to reconcile (operator v1.42.3 pkg/controller/installation/bpf.go:
/// "FelixConfiguration default has been modified by someone else") or its environment variables silently win:
/// <list type="bullet">
/// <item><c>bpfEnabled</c>: the operator sets it once calico-node runs with the BPF mounts (<c>linuxDataplane: BPF</c>).</item>
/// <item><c>ipv6Support</c>: the operator sets <c>FELIX_IPV6SUPPORT=false</c> on calico-node because no IPv6 pool exists
/// (pkg/render/node.go); environment variables outrank the datastore.</item>
/// <item><c>healthPort</c>, <c>vxlanVNI</c>, <c>vxlanPort</c> (4789, the <c>ClusterPorts.CalicoVxlan</c> the security groups
/// open), <c>nftablesMode</c>: defaulted or set by the operator (pkg/controller/installation/core_controller.go).</item>
/// </list>
/// </summary>
public record FelixConfiguration
{
    /// <summary>IP sets as large as Felix's default, which seed 001 kept: 1,048,576 addresses.</summary>
    public const int MinIpsetSize = 1 << 20;

    /// <summary>Info, as the seed: warnings alone hide why a policy change took long; Debug floods at a thousand nodes.</summary>
    public string LogSeverityScreen { get; init; } = "Info";

    /// <summary>
    /// 60s (seed; Felix's default 10s). The short default works around a Linux kernel bug fixed in 4.11 (the field's
    /// own description); the eBPF dataplane needs 5.10 or newer anyway, so Felix re-reads its iptables chains a sixth as often
    /// and spends that CPU on updates instead. In eBPF mode few chains remain, so the cost of a late repair is small.
    /// </summary>
    public string IptablesRefreshInterval { get; init; } = "60s";

    /// <summary>
    /// Append (seed; Felix's default Insert). In eBPF mode policy is enforced by BPF programs on the interfaces, not by
    /// the iptables chains, so appending cannot let another rule bypass it; appending leaves rules the node's own agents
    /// install first. With an iptables dataplane this would have to be Insert.
    /// </summary>
    public string ChainInsertMode { get; init; } = "Append";

    /// <summary>
    /// Addresses one IP set may hold: one set can match every pod of the cluster, so nodes x maxPods, rounded up to a
    /// power of two, never below <see cref="MinIpsetSize"/> (seed). 100, 1,000 and 5,000 nodes (25,000, 250,000 and
    /// 550,000 pod slots) keep the seed's value; only larger fleets raise it (<see cref="For"/>).
    /// </summary>
    public int MaxIpsetSize { get; init; } = MinIpsetSize;

    /// <summary>True (seed): Felix serves its metrics on port 9091 of every node (<c>ClusterPorts.FelixMetrics</c>).</summary>
    public bool PrometheusMetricsEnabled { get; init; } = true;

    /// <summary>
    /// Tunnel (seed, also Felix's default): traffic from outside the cluster to a NodePort is tunnelled to the node of the
    /// backing pod and back. DSR would send replies from that node with the ingress node's address, which AWS's
    /// source/destination check drops.
    /// </summary>
    public string BpfExternalServiceMode { get; init; } = "Tunnel";

    /// <summary>True (seed): no kube-proxy runs (kubeadm skips <c>addon/kube-proxy</c>), so Felix removes any chains one left.</summary>
    public bool BpfKubeProxyIptablesCleanupEnabled { get; init; } = true;

    /// <summary>The configuration of a cluster of <paramref name="nodes"/> nodes whose pools run at most <paramref name="largestMaxPods"/> pods each.</summary>
    public static FelixConfiguration For(int nodes, int largestMaxPods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(largestMaxPods, 1);
        var podSlots = (long)nodes * largestMaxPods;
        return new FelixConfiguration { MaxIpsetSize = (int)Math.Max(MinIpsetSize, System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)podSlots)) };
    }
}
