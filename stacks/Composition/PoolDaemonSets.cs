using Infra.Dns;
using Infra.Kubernetes;
using Infra.NodePools;
using Infra.Policies.Engine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The DaemonSets the platform stack schedules on every node of a pool, with their per-node requests, for the capacity
/// rules (<see cref="PoolCapacity.Agents"/>): calico-node and the EBS CSI node plugin everywhere, NodeLocal DNSCache
/// where the DNS plan runs it, NVIDIA's device plugin on GPU pools and the local volume provisioner on local-SSD pools
/// (<see cref="PlatformLayer"/>, <see cref="HardwareAddOns"/>).
/// </summary>
/// <remarks>
/// NodeLocal DNSCache is ours, so its requests are known from its pod spec. The others are charts whose values here
/// set no requests; a pod that requests nothing reserves nothing with the scheduler yet runs on every node, so each is
/// counted at a documented figure rather than zero: calico-node at the 250m CPU Calico's manifest install
/// (<c>calico.yaml</c>) requests for it, the rest at <see cref="UnstatedCpu"/> and <see cref="UnstatedMemory"/>.
/// When a chart's values come to set requests, count those here instead.
/// </remarks>
public static class PoolDaemonSets
{
    private const decimal MiB = 1024m * 1024;

    /// <summary>CPU counted per node for an agent whose values state no request: a sidecar-sized container at rest, 0.1 core.</summary>
    public const decimal UnstatedCpu = 0.1m;

    /// <summary>Memory counted per node for an agent whose values state no request: 128 MiB, a Go node agent's resident set with headroom.</summary>
    public const decimal UnstatedMemory = 128 * MiB;

    /// <summary>calico-node's CPU request in Calico's manifest install (<c>calico.yaml</c>); the operator's Installation here sets none.</summary>
    public const decimal CalicoNodeCpu = 0.25m;

    /// <summary>The DaemonSets on every node of <paramref name="pool"/> in a cluster with <paramref name="dns"/>.</summary>
    public static IReadOnlyList<NodeAgent> On(NodePoolConfig pool, ClusterDns dns)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(dns);
        var agents = new List<NodeAgent>
        {
            new("calico-node", CalicoNodeCpu, UnstatedMemory),
            new("ebs-csi-node", UnstatedCpu, UnstatedMemory),
        };
        if (dns.NodeLocalDns)
        {
            agents.Add(new(NodeLocalDns.Name, Requested(NodeLocalDns.CpuRequest), Requested(NodeLocalDns.MemoryRequest)));
        }

        if (pool.Kind == NodePoolKind.Gpu)
        {
            agents.Add(new("nvidia-device-plugin", UnstatedCpu, UnstatedMemory));
        }

        if (pool.LocalSsd)
        {
            agents.Add(new("local-volume-provisioner", UnstatedCpu, UnstatedMemory));
        }

        return agents;
    }

    private static decimal Requested(string quantity) =>
        Quantity.TryParse(quantity, out var amount) ? amount : throw new InvalidOperationException($"'{quantity}' is not a Kubernetes quantity");
}
