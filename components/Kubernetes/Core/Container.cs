using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 Container</c>: the fields we set.</summary>
public sealed record Container
{
    public required string Name { get; init; }

    public required Expr<string> Image { get; init; }

    public IReadOnlyList<string>? Command { get; init; }

    public IReadOnlyList<string>? Args { get; init; }

    public IReadOnlyList<ContainerPort>? Ports { get; init; }

    public IReadOnlyList<EnvVar>? Env { get; init; }

    public ResourceRequirements? Resources { get; init; }

    public Probe? ReadinessProbe { get; init; }

    public Probe? LivenessProbe { get; init; }

    public Probe? StartupProbe { get; init; }

    public SecurityContext? SecurityContext { get; init; }

    public IReadOnlyList<VolumeMount>? VolumeMounts { get; init; }
}

/// <summary><c>core/v1 ContainerPort</c>: informational for the API, but names a port probes and services can target.</summary>
public sealed record ContainerPort
{
    public string? Name { get; init; }

    [PulumiName("containerPort")]
    public required int Number { get; init; }

    public string? Protocol { get; init; }
}

/// <summary><c>core/v1 EnvVar</c> with a literal or deploy-time value.</summary>
public sealed record EnvVar
{
    public required string Name { get; init; }

    public Expr<string>? Value { get; init; }
}
