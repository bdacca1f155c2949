using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Apps;

/// <summary>Args of <c>kubernetes:apps/v1:DaemonSet</c>.</summary>
public sealed record DaemonSetArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required DaemonSetSpec Spec { get; init; }
}

/// <summary><c>apps/v1 DaemonSetSpec</c>: the fields we set.</summary>
public sealed record DaemonSetSpec
{
    /// <summary>Must match the template's labels; immutable once created.</summary>
    public required LabelSelector Selector { get; init; }

    public required PodTemplateSpec Template { get; init; }

    public DaemonSetUpdateStrategy? UpdateStrategy { get; init; }
}

/// <summary><c>apps/v1 DaemonSetUpdateStrategy</c>: how many nodes lose their pod at once during an update.</summary>
public sealed record DaemonSetUpdateStrategy
{
    public RollingUpdateDaemonSet? RollingUpdate { get; init; }
}

/// <summary><c>apps/v1 RollingUpdateDaemonSet</c>: a count or a percentage of nodes.</summary>
public sealed record RollingUpdateDaemonSet
{
    public IntOrString? MaxUnavailable { get; init; }
}

/// <summary>A daemon set: one pod per matching node.</summary>
public sealed class DaemonSet(Scope scope, string id, DaemonSetArgs args, ResourceOptions? options = null)
    : KubernetesResource<DaemonSetArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:apps/v1:DaemonSet");
}
