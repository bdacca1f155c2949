using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:ConfigMap</c>.</summary>
public sealed record ConfigMapArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Data { get; init; }

    /// <summary>True makes the API server refuse edits; Pulumi then replaces the map instead of patching it.</summary>
    public bool? Immutable { get; init; }
}

/// <summary>A config map.</summary>
public sealed class ConfigMap(Scope scope, string id, ConfigMapArgs args, ResourceOptions? options = null)
    : KubernetesResource<ConfigMapArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:ConfigMap");
}
