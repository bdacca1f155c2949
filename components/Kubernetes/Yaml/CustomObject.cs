using Infra.Kubernetes.Meta;

namespace Infra.Kubernetes.Yaml;

/// <summary>
/// One object of a <see cref="ConfigGroup"/>: apiVersion, kind, metadata and a spec record (or map)
/// shaped as the custom resource's schema requires.
/// </summary>
public sealed record CustomObject
{
    public required string ApiVersion { get; init; }

    public required string Kind { get; init; }

    public required ObjectMeta Metadata { get; init; }

    public object? Spec { get; init; }
}
