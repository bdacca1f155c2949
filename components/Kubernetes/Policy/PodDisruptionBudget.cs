using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Policy;

/// <summary>Args of <c>kubernetes:policy/v1:PodDisruptionBudget</c>.</summary>
public sealed record PodDisruptionBudgetArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public PodDisruptionBudgetSpec? Spec { get; init; }
}

/// <summary><c>policy/v1 PodDisruptionBudgetSpec</c>: set one of MinAvailable or MaxUnavailable (count or percentage).</summary>
public sealed record PodDisruptionBudgetSpec
{
    public IntOrString? MinAvailable { get; init; }

    public IntOrString? MaxUnavailable { get; init; }

    public LabelSelector? Selector { get; init; }
}

/// <summary>A pod disruption budget: caps voluntary evictions (node drains, cluster autoscaler scale-down).</summary>
public sealed class PodDisruptionBudget(Scope scope, string id, PodDisruptionBudgetArgs args, ResourceOptions? options = null)
    : KubernetesResource<PodDisruptionBudgetArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:policy/v1:PodDisruptionBudget");
}
