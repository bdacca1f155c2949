using Infra.Model;

namespace Infra.Kubernetes;

/// <summary>Args of the Kubernetes provider resource (<c>pulumi:providers:kubernetes</c>).</summary>
public sealed record KubernetesProviderArgs
{
    /// <summary>The kubeconfig contents (not a path), usually a secret from config or another stack.</summary>
    public Expr<string>? Kubeconfig { get; init; }

    public Expr<string>? Context { get; init; }

    /// <summary>Server-side apply: the API server merges fields and tracks their owners, so controllers' edits (an HPA's replicas) are not fought over.</summary>
    public bool? EnableServerSideApply { get; init; }

    /// <summary>True lets Pulumi drop resources of a cluster that no longer answers (a destroyed cluster) from state.</summary>
    public bool? DeleteUnreachable { get; init; }

    /// <summary>Client rate limits; large programs (thousands of objects) need more than client-go's defaults.</summary>
    public KubeClientSettings? KubeClientSettings { get; init; }
}

/// <summary>The provider's client settings.</summary>
public sealed record KubeClientSettings
{
    public int? Burst { get; init; }

    public double? Qps { get; init; }

    /// <summary>Seconds per request.</summary>
    public int? Timeout { get; init; }
}

/// <summary>
/// A Kubernetes provider: which cluster the resources of a scope go to. Pins its plugin version
/// (<see cref="ProviderVersions.Kubernetes"/>) itself, so no program runs an unpinned plugin.
/// </summary>
public sealed class KubernetesProvider(Scope scope, string id, KubernetesProviderArgs args, ResourceOptions? options = null)
    : Resource<KubernetesProviderArgs>(scope, id, "pulumi:providers:kubernetes", args, (options ?? ResourceOptions.None) with { Version = ProviderVersions.Kubernetes })
{
    /// <summary>A scope whose Kubernetes resources use this provider.</summary>
    public Scope ScopeFor(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.WithProvider("kubernetes", this);
    }
}
