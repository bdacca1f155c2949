using Infra.Kubernetes.Meta;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 PodTemplateSpec</c>: the pods a controller creates.</summary>
public sealed record PodTemplateSpec
{
    public ObjectMeta? Metadata { get; init; }

    public PodSpec? Spec { get; init; }
}
