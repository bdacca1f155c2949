using Infra.Model;

namespace Infra.Kubernetes.Autoscaling;

/// <summary>
/// <c>autoscaling/v2 MetricSpec</c>: a Resource metric (cpu, memory of the pods) or a Pods metric
/// (a per-pod custom metric such as requests per second). Build one with <see cref="Utilization"/> or <see cref="PerPod"/>.
/// </summary>
public sealed record MetricSpec
{
    public required MetricSourceType Type { get; init; }

    public ResourceMetricSource? Resource { get; init; }

    public PodsMetricSource? Pods { get; init; }

    /// <summary>Scale to keep the pods' average use of <paramref name="resource"/> at <paramref name="percent"/> of their requests.</summary>
    public static MetricSpec Utilization(string resource, int percent) => new()
    {
        Type = MetricSourceType.Resource,
        Resource = new ResourceMetricSource { Name = resource, Target = new MetricTarget { Type = MetricTargetType.Utilization, AverageUtilization = percent } },
    };

    /// <summary>Scale to keep the per-pod average of a custom metric at <paramref name="averageValue"/> (a quantity).</summary>
    public static MetricSpec PerPod(string metric, string averageValue) => new()
    {
        Type = MetricSourceType.Pods,
        Pods = new PodsMetricSource { Metric = new MetricIdentifier { Name = metric }, Target = new MetricTarget { Type = MetricTargetType.AverageValue, AverageValue = averageValue } },
    };
}

/// <summary><c>autoscaling/v2 ResourceMetricSource</c>.</summary>
public sealed record ResourceMetricSource
{
    public required string Name { get; init; }

    public required MetricTarget Target { get; init; }
}

/// <summary><c>autoscaling/v2 PodsMetricSource</c>.</summary>
public sealed record PodsMetricSource
{
    public required MetricIdentifier Metric { get; init; }

    public required MetricTarget Target { get; init; }
}

/// <summary><c>autoscaling/v2 MetricIdentifier</c>.</summary>
public sealed record MetricIdentifier
{
    public required string Name { get; init; }
}

/// <summary><c>autoscaling/v2 MetricTarget</c>.</summary>
public sealed record MetricTarget
{
    public required MetricTargetType Type { get; init; }

    public int? AverageUtilization { get; init; }

    public string? AverageValue { get; init; }

    public string? Value { get; init; }
}

public enum MetricSourceType
{
    [PulumiName("Resource")]
    Resource,

    [PulumiName("Pods")]
    Pods,
}

public enum MetricTargetType
{
    [PulumiName("Utilization")]
    Utilization,

    [PulumiName("AverageValue")]
    AverageValue,

    [PulumiName("Value")]
    Value,
}
