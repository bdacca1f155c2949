using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 Toleration</c>: lets pods run on nodes with a matching taint.</summary>
public sealed record Toleration
{
    /// <summary>Unset with <see cref="TolerationOperator.Exists"/> tolerates every taint.</summary>
    public string? Key { get; init; }

    public TolerationOperator? Operator { get; init; }

    public string? Value { get; init; }

    /// <summary>Unset matches every effect.</summary>
    public TaintEffect? Effect { get; init; }
}

public enum TolerationOperator
{
    [PulumiName("Equal")]
    Equal,

    [PulumiName("Exists")]
    Exists,
}

public enum TaintEffect
{
    [PulumiName("NoSchedule")]
    NoSchedule,

    [PulumiName("PreferNoSchedule")]
    PreferNoSchedule,

    [PulumiName("NoExecute")]
    NoExecute,
}
