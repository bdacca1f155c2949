using Infra.Kubernetes.Core;

namespace Infra.CloudProvider;

/// <summary>
/// The values of the <c>aws-cloud-controller-manager</c> chart we set, under the chart's names
/// (chart 0.0.11, values.yaml and templates/daemonset.yaml).
/// </summary>
public sealed record AwsCloudControllerManagerValues
{
    /// <summary>Where the chart puts every object: it reads this value, not the release namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The container's whole command line (the chart's default list is replaced, not merged).</summary>
    public required IReadOnlyList<string> Args { get; init; }

    public required ChartImage Image { get; init; }

    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>Replaces the chart's list.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }

    /// <summary>The container's environment (templates/daemonset.yaml); values.yaml's default is empty.</summary>
    public required IReadOnlyList<EnvVar> Env { get; init; }

    /// <summary>Read by the DaemonSet template although values.yaml does not list it.</summary>
    public bool? HostNetworking { get; init; }
}
