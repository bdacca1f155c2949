using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes;

/// <summary>
/// A resource that is one Kubernetes object. Its apiVersion and kind come from its
/// <see cref="KubernetesType"/> (one shared instance per class), not from its args: Pulumi fills
/// them in, and a renderer writing plain manifests reads them here.
/// </summary>
public abstract class KubernetesResource<TArgs>(Scope scope, string id, KubernetesType type, TArgs args, ResourceOptions? options)
    : Resource<TArgs>(scope, id, type.Token, args, options), IKubernetesObject
    where TArgs : class, IKubernetesObjectArgs
{
    public string ApiVersion => type.ApiVersion;

    public string Kind => type.Kind;

    public ObjectMeta? Metadata => Args.Metadata;

    /// <summary>The object's name in the cluster (Pulumi auto-names it when metadata.name is unset).</summary>
    public Output<string> ObjectName => Output<string>("metadata.name");
}
