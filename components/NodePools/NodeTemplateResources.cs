using System.Globalization;
using Infra.Aws.Ec2;
using Infra.Kubelet;

namespace Infra.NodePools;

/// <summary>
/// What one node of a pool offers pods, as the Cluster Autoscaler's AWS provider reads it from the group's
/// <c>k8s.io/cluster-autoscaler/node-template/resources/&lt;resource&gt;</c> tags to scale a pool up from zero, in the units
/// of a pod's <c>resources</c> (kubernetes/autoscaler cluster-autoscaler/cloudprovider/aws/README.md, "Auto-Discovery
/// Setup", commit 062f28a6). The provider takes the template's resources as what pods may request, so the tags carry the
/// node's allocatable, not its capacity: the instance type's vCPUs and memory less both reservations and the
/// memory eviction threshold, the root volume less the disk eviction share and both reservations, and the type's GPUs.
/// Tagging capacity would let the autoscaler start a node for a pod that then does not fit on it.
/// </summary>
public static class NodeTemplateResources
{
    public static IReadOnlyDictionary<string, string> Of(InstanceTypeSpec node, KubeletSettings kubelet, int rootVolumeGiB)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(kubelet);
        var kube = kubelet.KubeReserved ?? throw new ArgumentException("a pool's kubelet settings carry its reservations: use KubeletSettings.ForNode", nameof(kubelet));
        var system = kubelet.SystemReserved ?? ReservedResources.System;
        var resources = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["cpu"] = Quantity((node.Vcpus * 1_000) - kube.CpuMillicores - system.CpuMillicores, "m"),
            ["ephemeral-storage"] = Quantity((rootVolumeGiB * (100 - KubeletConfiguration.EvictionDiskPercent) / 100) - kube.EphemeralStorageGiB - system.EphemeralStorageGiB, "Gi"),
            ["memory"] = Quantity(node.MemoryMiB - kube.MemoryMiB - system.MemoryMiB - KubeletConfiguration.EvictionMemoryMiB, "Mi"),
        };
        if (node.Gpus > 0)
        {
            resources[GpuResource] = Quantity(node.Gpus, "");
        }

        return resources;
    }

    /// <summary>The NVIDIA device plugin's extended resource.</summary>
    public const string GpuResource = "nvidia.com/gpu";

    private static string Quantity(int amount, string unit) => string.Create(CultureInfo.InvariantCulture, $"{amount}{unit}");
}
