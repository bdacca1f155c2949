using Infra.Model;

namespace Infra.Kubernetes.Helm;

/// <summary>
/// The shape every chart-based add-on shares: one pinned <see cref="HelmChart"/>, one typed values record (the chart's
/// own value names, so a test can check them against the chart's values.yaml), one namespace, and one atomic
/// <c>kubernetes:helm.sh/v3:Release</c> named after the chart. A failed install or upgrade is rolled back rather than
/// left half-applied. Where its pods run is part of the values (for controllers that call AWS:
/// <see cref="CloudProvider.ControlPlanePlacement"/>).
/// </summary>
public abstract class ChartAddOn<TValues> : Component
    where TValues : class
{
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
            Values = values,
        }, options);
    }

    public HelmChart Chart { get; }

    /// <summary>The chart values set, for readers and tests.</summary>
    public TValues Values { get; }

    public HelmRelease<TValues> Release { get; }
}
