using Infra.Model;
using Infra.Kubernetes.Meta;

namespace Infra.Kubernetes.Core;

/// <summary>Args of <c>kubernetes:core/v1:ResourceQuota</c>.</summary>
public sealed record ResourceQuotaArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required ResourceQuotaSpec Spec { get; init; }
}

/// <summary>
/// <c>core/v1 ResourceQuotaSpec</c>: the namespace's hard caps (<c>requests.cpu</c>, <c>limits.memory</c>, <c>pods</c>, ...),
/// counted over the pods its <see cref="Scopes"/> select (all pods when unset).
/// </summary>
public sealed record ResourceQuotaSpec
{
    public required IReadOnlyDictionary<string, string> Hard { get; init; }

    public IReadOnlyList<QuotaScope>? Scopes { get; init; }
}

/// <summary>The quota scopes we use: pods of one QoS side. A compute quota (requests.cpu) refuses pods that request nothing unless scoped to NotBestEffort.</summary>
public enum QuotaScope
{
    [PulumiName("BestEffort")]
    BestEffort,

    [PulumiName("NotBestEffort")]
    NotBestEffort,
}

/// <summary>A namespace's resource quota: what its pods may request and limit in total.</summary>
public sealed class ResourceQuota(Scope scope, string id, ResourceQuotaArgs args, ResourceOptions? options = null)
    : KubernetesResource<ResourceQuotaArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:core/v1:ResourceQuota");
}
