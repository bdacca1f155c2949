using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Apps;

/// <summary>Args of <c>kubernetes:apps/v1:Deployment</c>.</summary>
public sealed record DeploymentArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required DeploymentSpec Spec { get; init; }
}

/// <summary><c>apps/v1 DeploymentSpec</c>: the fields we set.</summary>
public sealed record DeploymentSpec
{
    /// <summary>Leave unset when an autoscaler owns the count: a set value is re-applied on every update.</summary>
    public int? Replicas { get; init; }

    /// <summary>Must match the template's labels; immutable once created.</summary>
    public required LabelSelector Selector { get; init; }

    public required PodTemplateSpec Template { get; init; }
}

/// <summary>A deployment.</summary>
public sealed class Deployment(Scope scope, string id, DeploymentArgs args, ResourceOptions? options = null)
    : KubernetesResource<DeploymentArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:apps/v1:Deployment");
}
