using Infra.Model;

namespace Infra.Kubernetes.Helm;

/// <summary>
/// The shape every chart-based add-on shares: one pinned <see cref="HelmChart"/>, one typed values record (the chart's
/// own value names, so a test can check them against the chart's values.yaml), one namespace, and one atomic
/// <c>kubernetes:helm.sh/v3:Release</c> named after the chart. A failed install or upgrade is rolled back rather than
/// left half-applied, but only after <see cref="ReadinessTimeoutSeconds"/>. Where its pods run is part of the values (for controllers that call AWS:
/// <see cref="CloudProvider.ControlPlanePlacement"/>).
/// </summary>
public abstract class ChartAddOn<TValues> : Component
    where TValues : class
{
    /// <summary>
    /// How long a release waits for its pods before it is rolled back: 15 minutes, not Helm's 5. On a fresh cluster the
    /// platform is installed while nodes are still joining: pods wait for calico-node to start on their node (after the
    /// operator's own start and image pulls) and for the cloud controller manager to initialize it, and a rollback would
    /// uninstall a release that was about to converge. A release that fails for good still fails within the quarter hour.
    /// </summary>
    public const int ReadinessTimeoutSeconds = 900;

    protected ChartAddOn(Scope parent, string id, HelmChart chart, string @namespace, TValues values, ResourceOptions? options)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(values);
        Chart = chart;
        Values = values;
        Release = new HelmRelease<TValues>(Scope, "release", new HelmReleaseArgs<TValues>
        {
            Name = chart.Name,
            Chart = chart.Name,
            Version = chart.Version,
            RepositoryOpts = new RepositoryOpts { Repo = chart.Repository },
            Namespace = @namespace,
            Atomic = true,
            Timeout = ReadinessTimeoutSeconds,
            Values = values,
        }, options);
    }

    public HelmChart Chart { get; }

    /// <summary>The chart values set, for readers and tests.</summary>
    public TValues Values { get; }

    public HelmRelease<TValues> Release { get; }
}
