using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Scheduling;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// The platform's priority classes, from most to least important. Kubernetes' own
/// system-node-critical (2,000,001,000) and system-cluster-critical (2,000,000,000) stay above all
/// of them; user classes may not exceed 1,000,000,000. Values are a factor 10-100 apart so a class
/// can later be slotted between two without renumbering. Exactly one class, standard, is the
/// global default, so a pod naming no class is neither above the business-critical ones nor batch.
/// </summary>
public sealed class PriorityClasses : Component
{
    /// <summary>Monitoring, logging and DNS add-ons: when they are evicted, every workload is blind or unreachable.</summary>
    public const string PlatformCriticalName = "platform-critical";

    /// <summary>Business-critical workloads (seed 000: live stream push/pull, signalling): preempt anything but the platform.</summary>
    public const string CoreName = "core";

    /// <summary>Everything else: the global default.</summary>
    public const string StandardName = "standard";

    /// <summary>Offline jobs (analytics, log processing): scheduled last and never evict running pods.</summary>
    public const string BatchName = "batch";

    public PriorityClasses(Scope parent, string id = "priority-classes", ResourceOptions? options = null)
        : base(parent, id)
    {
        PlatformCritical = Declare(PlatformCriticalName, 1_000_000, globalDefault: false, PreemptionPolicy.PreemptLowerPriority,
            "Platform add-ons (monitoring, logging, DNS): below system-cluster-critical, above every workload.", options);
        Core = Declare(CoreName, 100_000, globalDefault: false, PreemptionPolicy.PreemptLowerPriority,
            "Business-critical services (live streaming push/pull, signalling): preempt standard and batch pods.", options);
        Standard = Declare(StandardName, 1_000, globalDefault: true, PreemptionPolicy.PreemptLowerPriority,
            "Default for pods that name no class.", options);

        // Batch stays at or above the cluster autoscaler's expendable cutoff (-10), so pending batch pods still add nodes.
        Batch = Declare(BatchName, 100, globalDefault: false, PreemptionPolicy.Never,
            "Offline and batch work: waits for free capacity, never preempts.", options);
    }

    public PriorityClass PlatformCritical { get; }

    public PriorityClass Core { get; }

    public PriorityClass Standard { get; }

    public PriorityClass Batch { get; }

    public IReadOnlyList<PriorityClass> All => [PlatformCritical, Core, Standard, Batch];

    private PriorityClass Declare(string name, int value, bool globalDefault, PreemptionPolicy preemption, string description, ResourceOptions? options) =>
        new(Scope, name, new PriorityClassArgs
        {
            Metadata = new ObjectMeta { Name = name },
            Value = value,
            GlobalDefault = globalDefault ? true : null,
            PreemptionPolicy = preemption == PreemptionPolicy.PreemptLowerPriority ? null : preemption,
            Description = description,
        }, options);
}
