using System.Globalization;
using Infra.Kubelet;
using Infra.Kubernetes;
using Infra.NodePools;
using Infra.Policies.Engine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The pools' capacity facts for the capacity rules (CAP-*): each pool's maximum and what one of its nodes offers
/// pods. <see cref="Allocatable"/> is the one place the per-node arithmetic lives: when the pools state their own
/// reservations from the instance type (components/NodePools), it should return theirs.
/// </summary>
public static class PoolCapacityFacts
{
    private const decimal MiB = 1024m * 1024;

    /// <summary>The cluster stack <paramref name="cluster"/>'s pools, each with the DaemonSets its nodes run (<see cref="PoolDaemonSets"/>).</summary>
    public static IReadOnlyList<PoolCapacity> Of(StackConfig cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.NodePools.Select(pool =>
        {
            var perNode = Allocatable(pool.InstanceTypes[0], cluster.ExpectedNodes);
            // GPU pools are the tainted ones (NodePoolArgs.Gpu): pods that name no pool land on the others.
            return new PoolCapacity(pool.Name, pool.Max, pool.InstanceTypes[0], perNode, Tainted: perNode?.Gpus > 0)
            {
                Agents = PoolDaemonSets.On(pool, cluster.Dns),
            };
        }).ToList();
    }

    /// <summary>
    /// What a node of <paramref name="instanceType"/> offers pods in a cluster of <paramref name="expectedNodes"/>:
    /// capacity minus the pool kubelet's kube- and system-reserved (<see cref="KubeletSettings.ForNode"/>, from the
    /// instance's vCPUs and maxPods) and minus the hard eviction threshold for memory
    /// (<see cref="KubeletConfiguration.DefaultEvictionHard"/>); pods are the kubelet's maxPods.
    /// Null when the type's shape is not known (<see cref="Shape"/>).
    /// </summary>
    public static NodeAllocatable? Allocatable(string instanceType, int expectedNodes)
    {
        if (Shape(instanceType) is not { } shape)
        {
            return null;
        }

        var kubelet = KubeletSettings.ForNode(expectedNodes, KubeletSettings.ThroughputPerImagePull, shape.VCpus, numaAligned: false);
        var pods = kubelet.MaxPods;
        var kube = ReservedResources.Kube(shape.VCpus, pods);
        var system = ReservedResources.System;
        var reservedCpu = (kube.CpuMillicores + system.CpuMillicores) / 1000m;
        var reservedMemory = (kube.MemoryMiB + system.MemoryMiB) * MiB;
        var eviction = Quantity.TryParse(KubeletConfiguration.DefaultEvictionHard["memory.available"], out var threshold) ? threshold : 0m;
        var cpu = shape.VCpus - reservedCpu;
        var memory = (shape.MemoryGiB * 1024 * MiB) - reservedMemory - eviction;
        return new NodeAllocatable(cpu, memory, pods, shape.Gpus, string.Create(
            CultureInfo.InvariantCulture,
            $"{instanceType}: {shape.VCpus} vCPU - {reservedCpu:0.###} reserved = {cpu:0.###} cores; {shape.MemoryGiB} GiB - {reservedMemory / MiB:0} MiB reserved - {eviction / MiB:0} MiB eviction threshold = {memory / MiB / 1024:0.##} GiB; {pods} pods"));
    }

    /// <summary>
    /// vCPUs, GiB and GPUs of the families our pools use, from the size's name (large 2 vCPU, xlarge 4, Nxlarge 4N)
    /// and the family's memory per vCPU (c 2 GiB, m and the g4dn/g5/g6 GPU families 4, r 8); the GPU families carry
    /// one GPU up to 16xlarge except 12xlarge and 24xlarge (4) and 48xlarge (8). Others: null.
    /// </summary>
    private static (int VCpus, int MemoryGiB, int Gpus)? Shape(string instanceType)
    {
        if (InstanceTypeName.Parse(instanceType) is not { } name || VCpus(name.Size) is not { } vCpus)
        {
            return null;
        }

        var gpuFamily = name.Family is "g4dn" or "g5" or "g6";
        int? gibPerVCpu = name.Family[0] switch
        {
            'c' => 2,
            'm' => 4,
            'r' => 8,
            'g' when gpuFamily => 4,
            _ => null,
        };
        var gpus = !gpuFamily ? 0 : name.Size switch
        {
            "12xlarge" or "24xlarge" => 4,
            "48xlarge" => 8,
            _ => 1,
        };
        return gibPerVCpu is { } perVCpu ? (vCpus, vCpus * perVCpu, gpus) : null;
    }

    private static int? VCpus(string size) => size switch
    {
        "large" => 2,
        "xlarge" => 4,
        _ when size.EndsWith("xlarge", StringComparison.Ordinal) && int.TryParse(size[..^"xlarge".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var n) => 4 * n,
        _ => null,
    };
}
