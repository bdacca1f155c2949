using Infra.Model;

namespace Infra.NodeAutoscaling;

/// <summary>Args of a <see cref="ClusterAutoscaler"/>.</summary>
public sealed record ClusterAutoscalerArgs
{
    /// <summary>The cluster's name: the autoscaler discovers the groups tagged with it and may resize only those.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The cluster's region, where its Auto Scaling groups are.</summary>
    public required string Region { get; init; }

    /// <summary>The planned number of workers (<c>infra:expectedNodes</c>): the size-derived settings follow it (<see cref="AutoscalerSettings"/>).</summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>The control-plane nodes (one per availability zone): they count towards the autoscaler's node total.</summary>
    public required int ControlPlaneNodes { get; init; }

    /// <summary>The node pools, each with its group name pattern and kind, from which the expander's priorities are made.</summary>
    public required IReadOnlyList<AutoscaledPool> Pools { get; init; }

    /// <summary>The newest chart release; its templates pass every flag we use unchanged.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        ClusterAutoscaler.ChartName,
        "9.59.0",
        "kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0 (commit 5a0b98e4), the newest chart release; none carries a 1.36 appVersion yet (the default branch at 55c37cd5, 2026-08-22, still says 1.35.0), so the image tag is overridden");

    /// <summary>
    /// Its minor must be the cluster's: the autoscaler simulates the scheduler of the Kubernetes release it is built
    /// with, and upstream recommends the release made for the cluster's minor (its README, "Releases").
    /// </summary>
    public static VersionPin ImagePin { get; } = VersionPin.Image(
        ClusterAutoscaler.ImageRepository,
        "v1.36.1",
        "kubernetes/autoscaler tag cluster-autoscaler-1.36.1 (commit 35e8a280, 2026-07-22), the newest 1.36 release; the autoscaler's minor must be the cluster's (its README, \"Releases\")");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;

    /// <summary>The autoscaler image tag, pinned: <see cref="ImagePin"/>.</summary>
    public string ImageTag { get; init; } = ImagePin.Version;
}
