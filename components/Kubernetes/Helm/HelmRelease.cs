using Infra.Model;

namespace Infra.Kubernetes.Helm;

/// <summary>
/// Args of <c>kubernetes:helm.sh/v3:Release</c>. <typeparamref name="TValues"/> is a record of the
/// chart's values we set (one per chart), written with its own property names.
/// </summary>
public sealed record HelmReleaseArgs<TValues>
    where TValues : class
{
    /// <summary>The release name; unset lets Pulumi auto-name it with a random suffix.</summary>
    public string? Name { get; init; }

    public required string Chart { get; init; }

    /// <summary>The chart version, always pinned: an unpinned chart upgrades itself on the next <c>pulumi up</c>.</summary>
    public required string Version { get; init; }

    public RepositoryOpts? RepositoryOpts { get; init; }

    public Expr<string>? Namespace { get; init; }

    public bool? CreateNamespace { get; init; }

    /// <summary>Roll back a failed install or upgrade instead of leaving a half-applied release.</summary>
    public bool? Atomic { get; init; }

    /// <summary>Seconds Helm waits for the release's resources to become ready.</summary>
    public int? Timeout { get; init; }

    /// <summary>True to not wait for readiness (charts whose pods need something created later in the program).</summary>
    public bool? SkipAwait { get; init; }

    public TValues? Values { get; init; }
}

/// <summary><c>helm.sh/v3 RepositoryOpts</c>: where the chart comes from.</summary>
public sealed record RepositoryOpts
{
    public required string Repo { get; init; }
}

/// <summary>
/// A Helm chart installed as one Pulumi resource. The v3 Release is the form Pulumi YAML accepts
/// (it refuses the Chart component resources).
/// </summary>
public sealed class HelmRelease<TValues>(Scope scope, string id, HelmReleaseArgs<TValues> args, ResourceOptions? options = null)
    : Resource<HelmReleaseArgs<TValues>>(scope, id, "kubernetes:helm.sh/v3:Release", args, options)
    where TValues : class
{
    /// <summary>The release's name as installed.</summary>
    public Output<string> ReleaseName => Output<string>("status.name");

    public Output<string> ReleaseNamespace => Output<string>("status.namespace");
}
