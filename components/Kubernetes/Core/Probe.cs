namespace Infra.Kubernetes.Core;

/// <summary>
/// <c>core/v1 Probe</c>: one of <see cref="HttpGet"/> or <see cref="TcpSocket"/>, and its timing.
/// Unset timings take the API server's defaults (period 10 s, timeout 1 s, failure threshold 3).
/// </summary>
public sealed record Probe
{
    public HttpGetAction? HttpGet { get; init; }

    public TcpSocketAction? TcpSocket { get; init; }

    public int? InitialDelaySeconds { get; init; }

    public int? PeriodSeconds { get; init; }

    public int? TimeoutSeconds { get; init; }

    public int? SuccessThreshold { get; init; }

    public int? FailureThreshold { get; init; }
}

/// <summary><c>core/v1 HTTPGetAction</c>: healthy when GET path answers 200-399.</summary>
public sealed record HttpGetAction
{
    public string? Path { get; init; }

    public required IntOrString Port { get; init; }

    /// <summary>Unset means the pod's IP; a host-network pod listening on one address names it.</summary>
    public string? Host { get; init; }

    /// <summary>Unset means HTTP.</summary>
    public string? Scheme { get; init; }
}

/// <summary><c>core/v1 TCPSocketAction</c>: healthy when the port accepts a connection.</summary>
public sealed record TcpSocketAction
{
    public required IntOrString Port { get; init; }
}
