using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Scheduling;

/// <summary>Args of <c>kubernetes:scheduling.k8s.io/v1:PriorityClass</c>.</summary>
public sealed record PriorityClassArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    /// <summary>Higher schedules first and may preempt lower; user classes may go up to 1,000,000,000.</summary>
    public required int Value { get; init; }

    /// <summary>True for at most one class in the cluster: pods naming no class get it.</summary>
    public bool? GlobalDefault { get; init; }

    /// <summary>Unset means PreemptLowerPriority.</summary>
    public PreemptionPolicy? PreemptionPolicy { get; init; }

    public string? Description { get; init; }
}

public enum PreemptionPolicy
{
    [PulumiName("PreemptLowerPriority")]
    PreemptLowerPriority,

    /// <summary>Queued ahead of lower priorities but never evicts running pods.</summary>
    [PulumiName("Never")]
    Never,
}

/// <summary>A priority class.</summary>
public sealed class PriorityClass(Scope scope, string id, PriorityClassArgs args, ResourceOptions? options = null)
    : KubernetesResource<PriorityClassArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:scheduling.k8s.io/v1:PriorityClass");
}
