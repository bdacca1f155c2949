using System.Globalization;

namespace Infra.Platform;

/// <summary>
/// A tenant namespace's budget (seed 004: each business's quota comes from its budget, and capacity is handed out by
/// priority): what its pods may request and limit in total, and whether BestEffort pods may run there. Pick
/// <see cref="Service"/> or <see cref="Batch"/>; a <see cref="PlatformNamespace"/> turns it into a ResourceQuota,
/// a LimitRange and the <see cref="Label"/>.
/// </summary>
public sealed record TenantTier
{
    /// <summary>The namespace label naming the tier; policy K8S-010 allows BestEffort pods only where it says <see cref="BatchName"/>.</summary>
    public const string Label = "platform.infra/tenant-tier";

    public const string ServiceName = "service";

    public const string BatchName = "batch";

    /// <summary>
    /// Limits may reach twice the requested CPU: Burstable pods borrow idle cores, and CPU is throttled, never
    /// reclaimed by killing. Memory limits stay at the requested total: memory is reclaimed by the OOM killer, so a
    /// namespace limiting more than it requests overcommits its nodes.
    /// </summary>
    public const int CpuLimitFactor = 2;

    /// <summary>The seed's podsPerCore (10): a tenant averaging 100m per pod is a tenant of many tiny pods, worth a conversation before a quota raise.</summary>
    public const int PodsPerRequestedCore = 10;

    private TenantTier(string name, int cpuCores, int memoryGiB, int? bestEffortPods)
    {
        if (cpuCores < 1 || memoryGiB < 1)
        {
            throw new ArgumentException($"tenant tier '{name}' of {cpuCores} cores and {memoryGiB} GiB: give it at least 1 core and 1 GiB, sized from the tenant's budget");
        }

        if (bestEffortPods is < 1)
        {
            throw new ArgumentException($"tenant tier '{name}' allows {bestEffortPods} BestEffort pods: allow at least 1, or use TenantTier.Service");
        }

        Name = name;
        CpuCores = cpuCores;
        MemoryGiB = memoryGiB;
        BestEffortPods = bestEffortPods;
    }

    /// <summary>The <see cref="Label"/> value.</summary>
    public string Name { get; }

    /// <summary>CPU the namespace's pods may request in total.</summary>
    public int CpuCores { get; }

    /// <summary>Memory the namespace's pods may request (and limit) in total.</summary>
    public int MemoryGiB { get; }

    /// <summary>How many BestEffort pods may run at once (batch tier only; null: none).</summary>
    public int? BestEffortPods { get; }

    /// <summary>Pods that request resources: <see cref="PodsPerRequestedCore"/> per requested core.</summary>
    public int Pods => CpuCores * PodsPerRequestedCore;

    public bool AllowsBestEffort => BestEffortPods is not null;

    /// <summary>
    /// A service tenant: every pod requests resources (the LimitRange gives those that state none the
    /// <see cref="WorkloadArgs"/> defaults, 500m/512Mi, Guaranteed), and the quota caps their totals.
    /// </summary>
    public static TenantTier Service(int cpuCores, int memoryGiB) => new(ServiceName, cpuCores, memoryGiB, bestEffortPods: null);

    /// <summary>
    /// A batch tenant: the compute quota counts pods that request resources (scope NotBestEffort), and a second
    /// quota caps the BestEffort pods by count, since they request nothing to count. No LimitRange: its defaults
    /// would give BestEffort pods requests and make them Burstable.
    /// </summary>
    public static TenantTier Batch(int cpuCores, int memoryGiB, int bestEffortPods) => new(BatchName, cpuCores, memoryGiB, bestEffortPods);

    /// <summary>The compute quota's hard caps.</summary>
    public IReadOnlyDictionary<string, string> ComputeQuota() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["limits.cpu"] = Count(CpuCores * CpuLimitFactor),
        ["limits.memory"] = $"{Count(MemoryGiB)}Gi",
        ["pods"] = Count(Pods),
        ["requests.cpu"] = Count(CpuCores),
        ["requests.memory"] = $"{Count(MemoryGiB)}Gi",
    };

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
