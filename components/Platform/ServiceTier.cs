namespace Infra.Platform;

/// <summary>
/// A workload's service tier: its <c>tier</c> label, its priority class and the QoS classes it may run at (seed 000:
/// live push/pull and signalling Guaranteed, auxiliary services Burstable, offline analysis BestEffort). Pick one of
/// <see cref="Core"/>, <see cref="Standard"/>, <see cref="Batch"/>.
/// </summary>
public sealed record ServiceTier
{
    private ServiceTier(string name, params QosClass[] allowedQos)
    {
        Name = name;
        AllowedQos = allowedQos;
    }

    /// <summary>Critical paths: Guaranteed only, priority <see cref="PriorityClasses.CoreName"/> (preempts standard and batch).</summary>
    public static ServiceTier Core { get; } = new(PriorityClasses.CoreName, QosClass.Guaranteed);

    /// <summary>Everything else that serves users: Guaranteed or Burstable, the default priority.</summary>
    public static ServiceTier Standard { get; } = new(PriorityClasses.StandardName, QosClass.Guaranteed, QosClass.Burstable);

    /// <summary>Offline work: any QoS, BestEffort included, priority <see cref="PriorityClasses.BatchName"/> (never preempts).</summary>
    public static ServiceTier Batch { get; } = new(PriorityClasses.BatchName, QosClass.Guaranteed, QosClass.Burstable, QosClass.BestEffort);

    /// <summary>The <c>tier</c> label value and the name of the tier's priority class (the same word, so a pod's tier reads off either).</summary>
    public string Name { get; }

    /// <summary>The priority class the tier's pods get unless a workload names another.</summary>
    public string PriorityClassName => Name;

    public IReadOnlyList<QosClass> AllowedQos { get; }

    public override string ToString() => Name;
}
