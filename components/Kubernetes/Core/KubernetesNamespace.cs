using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:Namespace</c>.</summary>
public sealed record NamespaceArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }
}

/// <summary>A namespace (the kind <c>Namespace</c>; the class name avoids the language keyword of VB).</summary>
public sealed class KubernetesNamespace(Scope scope, string id, NamespaceArgs args, ResourceOptions? options = null)
    : KubernetesResource<NamespaceArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:Namespace");
}
