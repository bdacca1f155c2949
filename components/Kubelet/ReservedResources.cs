using System.Globalization;

namespace Infra.Kubelet;

/// <summary>
/// Resources a node holds back from pods (<c>kubeReserved</c> or <c>systemReserved</c>): CPU in millicores, memory in
/// MiB, ephemeral storage in GiB. The node's allocatable is its capacity less both and less the hard eviction
/// thresholds. The kubelet only subtracts them (its <c>enforceNodeAllocatable</c> stays at <c>pods</c>), so a daemon
/// that needs more than its share is never throttled or killed for it.
/// </summary>
public sealed record ReservedResources(int CpuMillicores, int MemoryMiB, int EphemeralStorageGiB)
{
    /// <summary>
    /// The tiers of the CPU reservation, in ten-thousandths of each range's millicores: 6% of the first core, 1% of the
    /// second, 0.5% of the third and fourth, 0.25% of every core above four. GKE's published formula, which EKS's node
    /// agent applies too (awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go, getCPUMillicoresToReserve).
    /// </summary>
    private static readonly (int FromMillicores, int ToMillicores, int TenThousandths)[] CpuTiers =
        [(0, 1_000, 600), (1_000, 2_000, 100), (2_000, 4_000, 50), (4_000, int.MaxValue, 25)];

    /// <summary>The kubelet and containerd start at about 255 MiB (EKS's base figure, same source).</summary>
    public const int KubeBaseMemoryMiB = 255;

    /// <summary>and grow by about 11 MiB per pod they may run (EKS's getMemoryMebibytesToReserve: 11 x maxPods + 255).</summary>
    public const int KubeMemoryMiBPerPod = 11;

    /// <summary>1 GiB of the root volume for the kubelet's and containerd's own state and logs (EKS's figure).</summary>
    public const int KubeEphemeralStorageGiB = 1;

    /// <summary>
    /// What the operating system's own daemons get (systemd, journald, networkd, snapd with the AWS CLI): they do not
    /// grow with pods or node size, so a fixed share, the figures of the Kubernetes documentation's example ("Reserve
    /// Compute Resources for System Daemons": cpu 100m, memory 100Mi, ephemeral-storage 1Gi). The hard eviction
    /// threshold (500Mi, <see cref="KubeletConfiguration.DefaultEvictionHard"/>) is held back on top of it.
    /// </summary>
    public static ReservedResources System { get; } = new(100, 100, 1);

    /// <summary>
    /// What the kubelet and the container runtime get on a node of <paramref name="vcpus"/> vCPUs that runs up to
    /// <paramref name="maxPods"/> pods: CPU by the tiers above (16 vCPUs: 60 + 10 + 10 + 30 = 110m), memory
    /// 255 MiB + 11 MiB per pod (110 pods: 1,465 MiB; 250 pods: 3,005 MiB), 1 GiB of disk.
    /// </summary>
    public static ReservedResources Kube(int vcpus, int maxPods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vcpus, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPods, 1);
        var millicores = vcpus * 1_000;
        var cpu = CpuTiers.Sum(tier => (long)Math.Max(0, Math.Min(millicores, tier.ToMillicores) - tier.FromMillicores) * tier.TenThousandths / 10_000);
        return new ReservedResources((int)cpu, KubeBaseMemoryMiB + (KubeMemoryMiBPerPod * maxPods), KubeEphemeralStorageGiB);
    }

    /// <summary>The kubelet's form: <c>{cpu: 110m, ephemeral-storage: 1Gi, memory: 1465Mi}</c>.</summary>
    public IReadOnlyDictionary<string, string> ToMap() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["cpu"] = string.Create(CultureInfo.InvariantCulture, $"{CpuMillicores}m"),
        ["ephemeral-storage"] = string.Create(CultureInfo.InvariantCulture, $"{EphemeralStorageGiB}Gi"),
        ["memory"] = string.Create(CultureInfo.InvariantCulture, $"{MemoryMiB}Mi"),
    };
}
