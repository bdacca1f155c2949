namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 Volume</c>: one of a config map or a host path, by name for the containers' mounts.</summary>
public sealed record Volume
{
    public required string Name { get; init; }

    public ConfigMapVolumeSource? ConfigMap { get; init; }

    public HostPathVolumeSource? HostPath { get; init; }
}

/// <summary><c>core/v1 ConfigMapVolumeSource</c>: a config map's keys as files.</summary>
public sealed record ConfigMapVolumeSource
{
    public required string Name { get; init; }

    /// <summary>Unset: every key, each as a file of its own name.</summary>
    public IReadOnlyList<KeyToPath>? Items { get; init; }
}

/// <summary><c>core/v1 KeyToPath</c>: one key of a config map written to a relative path.</summary>
public sealed record KeyToPath
{
    public required string Key { get; init; }

    public required string Path { get; init; }
}

/// <summary><c>core/v1 HostPathVolumeSource</c>: a file or directory of the node.</summary>
public sealed record HostPathVolumeSource
{
    public required string Path { get; init; }

    /// <summary>What the kubelet checks or creates first, e.g. <c>FileOrCreate</c>.</summary>
    public string? Type { get; init; }
}

/// <summary><c>core/v1 VolumeMount</c>: where a container sees a volume of its pod.</summary>
public sealed record VolumeMount
{
    public required string Name { get; init; }

    public required string MountPath { get; init; }

    public bool? ReadOnly { get; init; }
}
