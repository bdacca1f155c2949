using Infra.Kubernetes.Core;

namespace Infra.Accelerators;

/// <summary>
/// The values of the <c>nvidia-device-plugin</c> chart we set, under the chart's names (chart 0.20.0,
/// deployments/helm/nvidia-device-plugin/values.yaml and templates/daemonset-device-plugin.yml). Lists and maps replace the chart's.
/// </summary>
public sealed record NvidiaDevicePluginValues
{
    /// <summary>The GPU pools' nodes only: the plugin has nothing to advertise elsewhere.</summary>
    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>The GPU taint, and nothing else: the chart's list also tolerates <c>CriticalAddonsOnly</c>, which no pool of ours sets.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }

    /// <summary>Node-critical, as the chart's default: without the plugin a GPU node's GPUs are invisible to the scheduler.</summary>
    public required string PriorityClassName { get; init; }
}
