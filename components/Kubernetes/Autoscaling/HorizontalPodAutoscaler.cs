using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Autoscaling;

/// <summary>Args of <c>kubernetes:autoscaling/v2:HorizontalPodAutoscaler</c>.</summary>
public sealed record HorizontalPodAutoscalerArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required HorizontalPodAutoscalerSpec Spec { get; init; }
}

/// <summary><c>autoscaling/v2 HorizontalPodAutoscalerSpec</c>.</summary>
public sealed record HorizontalPodAutoscalerSpec
{
    public required CrossVersionObjectReference ScaleTargetRef { get; init; }

    public int? MinReplicas { get; init; }

    public required int MaxReplicas { get; init; }

    public IReadOnlyList<MetricSpec>? Metrics { get; init; }

    public HorizontalPodAutoscalerBehavior? Behavior { get; init; }
}

/// <summary><c>autoscaling/v2 CrossVersionObjectReference</c>: the scaled object.</summary>
public sealed record CrossVersionObjectReference
{
    public string? ApiVersion { get; init; }

    public required string Kind { get; init; }

    public required Expr<string> Name { get; init; }
}

/// <summary>A horizontal pod autoscaler (autoscaling/v2: several metrics and scaling behaviour).</summary>
public sealed class HorizontalPodAutoscaler(Scope scope, string id, HorizontalPodAutoscalerArgs args, ResourceOptions? options = null)
    : KubernetesResource<HorizontalPodAutoscalerArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:autoscaling/v2:HorizontalPodAutoscaler");
}
