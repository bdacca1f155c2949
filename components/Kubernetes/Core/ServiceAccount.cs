using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:ServiceAccount</c>.</summary>
public sealed record ServiceAccountArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    /// <summary>False for accounts whose pods never call the API server, so no token is mounted for an attacker to use.</summary>
    public bool? AutomountServiceAccountToken { get; init; }
}

/// <summary>A service account: the identity pods use with the API server.</summary>
public sealed class ServiceAccount(Scope scope, string id, ServiceAccountArgs args, ResourceOptions? options = null)
    : KubernetesResource<ServiceAccountArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:ServiceAccount");
}
