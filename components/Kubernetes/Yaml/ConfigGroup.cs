using Infra.Model;

namespace Infra.Kubernetes.Yaml;

/// <summary>Args of <c>kubernetes:yaml/v2:ConfigGroup</c>.</summary>
public sealed record ConfigGroupArgs
{
    /// <summary>The objects, each a record or map with apiVersion, kind and metadata (see <see cref="CustomObject"/>).</summary>
    public required IReadOnlyList<object> Objs { get; init; }

    /// <summary>True to not wait for the objects to become ready.</summary>
    public bool? SkipAwait { get; init; }
}

/// <summary>
/// Kubernetes objects of kinds we have no typed class for, mostly custom resources (Calico's, the
/// Prometheus Operator's). The v2 ConfigGroup is the form Pulumi YAML accepts (it refuses
/// CustomResource and the v1 ConfigGroup).
/// </summary>
public sealed class ConfigGroup(Scope scope, string id, ConfigGroupArgs args, ResourceOptions? options = null)
    : Resource<ConfigGroupArgs>(scope, id, "kubernetes:yaml/v2:ConfigGroup", args, options), Emit.Render.IKubernetesManifestGroup
{
    /// <inheritdoc/>
    public IReadOnlyList<object> Manifests => Args.Objs;
}
