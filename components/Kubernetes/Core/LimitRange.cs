using Infra.Model;
using Infra.Kubernetes.Meta;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:LimitRange</c>.</summary>
public sealed record LimitRangeArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required LimitRangeSpec Spec { get; init; }
}

/// <summary><c>core/v1 LimitRangeSpec</c>.</summary>
public sealed record LimitRangeSpec
{
    public required IReadOnlyList<LimitRangeItem> Limits { get; init; }
}

/// <summary>
/// <c>core/v1 LimitRangeItem</c>: for each container (<see cref="Type"/> <c>Container</c>) that omits them, the
/// requests (<see cref="DefaultRequest"/>) and limits (<see cref="Default"/>) admission fills in, and the largest limit allowed.
/// </summary>
public sealed record LimitRangeItem
{
    public required string Type { get; init; }

    public IReadOnlyDictionary<string, string>? Default { get; init; }

    public IReadOnlyDictionary<string, string>? DefaultRequest { get; init; }

    public IReadOnlyDictionary<string, string>? Max { get; init; }
}

/// <summary>A namespace's limit range: defaults and bounds for each container's resources.</summary>
public sealed class LimitRange(Scope scope, string id, LimitRangeArgs args, ResourceOptions? options = null)
    : KubernetesResource<LimitRangeArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:LimitRange");
}
