using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Yaml;

namespace Infra.Kubernetes.Autoscaling;

/// <summary>
/// The <c>autoscaling.k8s.io/v1</c> VerticalPodAutoscaler custom resource (fields from kubernetes/autoscaler,
/// vertical-pod-autoscaler/pkg/apis/autoscaling.k8s.io/v1/types.go at 019d633b): not in the provider's types, so
/// it is emitted as a <see cref="ConfigGroup"/> object. We only use recommendation mode (<see cref="RecommendOnly"/>).
/// </summary>
public static class VerticalPodAutoscaler
{
    public const string ApiVersion = "autoscaling.k8s.io/v1";

    public const string Kind = "VerticalPodAutoscaler";

    /// <summary>
    /// updateMode "Off": the recommender writes its request recommendations into the object's status and nothing
    /// evicts or resizes pods, so it cannot fight the horizontal autoscaler, which scales on the same CPU.
    /// </summary>
    public const string UpdateModeOff = "Off";

    /// <summary>A VerticalPodAutoscaler recommending requests for <paramref name="target"/>'s pods without applying them.</summary>
    public static CustomObject RecommendOnly(ObjectMeta metadata, CrossVersionObjectReference target) => new()
    {
        ApiVersion = ApiVersion,
        Kind = Kind,
        Metadata = metadata,
        Spec = new VerticalPodAutoscalerSpec { TargetRef = target, UpdatePolicy = new PodUpdatePolicy { UpdateMode = UpdateModeOff } },
    };
}

/// <summary><c>autoscaling.k8s.io/v1 VerticalPodAutoscalerSpec</c>: the part we set.</summary>
public sealed record VerticalPodAutoscalerSpec
{
    public required CrossVersionObjectReference TargetRef { get; init; }

    public PodUpdatePolicy? UpdatePolicy { get; init; }
}

/// <summary><c>autoscaling.k8s.io/v1 PodUpdatePolicy</c>: when recommendations are applied (Off, Initial, Recreate, InPlaceOrRecreate).</summary>
public sealed record PodUpdatePolicy
{
    public string? UpdateMode { get; init; }
}
