using Infra.Model;

namespace Infra.Kubernetes.Autoscaling;

/// <summary><c>autoscaling/v2 HorizontalPodAutoscalerBehavior</c>: how fast the autoscaler may scale each way.</summary>
public sealed record HorizontalPodAutoscalerBehavior
{
    public HpaScalingRules? ScaleUp { get; init; }

    public HpaScalingRules? ScaleDown { get; init; }
}

/// <summary>
/// <c>autoscaling/v2 HPAScalingRules</c>: the recommendations of the last StabilizationWindowSeconds
/// are considered, and the policies cap the change per period (<see cref="SelectPolicy"/> picks the
/// largest or smallest allowed change).
/// </summary>
public sealed record HpaScalingRules
{
    public int? StabilizationWindowSeconds { get; init; }

    public IReadOnlyList<HpaScalingPolicy>? Policies { get; init; }

    public ScalingPolicySelect? SelectPolicy { get; init; }
}

/// <summary><c>autoscaling/v2 HPAScalingPolicy</c>: at most Value pods (or percent of current) per PeriodSeconds.</summary>
public sealed record HpaScalingPolicy
{
    public required ScalingPolicyType Type { get; init; }

    public required int Value { get; init; }

    public required int PeriodSeconds { get; init; }
}

public enum ScalingPolicyType
{
    [PulumiName("Pods")]
    Pods,

    [PulumiName("Percent")]
    Percent,
}

public enum ScalingPolicySelect
{
    [PulumiName("Max")]
    Max,

    [PulumiName("Min")]
    Min,

    [PulumiName("Disabled")]
    Disabled,
}
