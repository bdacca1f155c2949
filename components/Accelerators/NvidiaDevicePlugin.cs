using Infra.Kubernetes.Core;
using Infra.Kubernetes.Helm;
using Infra.Model;

namespace Infra.Accelerators;

/// <summary>
/// NVIDIA's device plugin (its upstream chart), which advertises each GPU node's GPUs as the extended resource
/// <see cref="ResourceName"/> that pods request. A DaemonSet on the GPU pools' nodes only: selected by
/// <see cref="GpuPresentLabel"/>, the label the GPU pools set and the chart's own node affinity already accepts,
/// tolerating <see cref="GpuTaintKey"/>, the taint that keeps other pods off those nodes. Its pods reach the driver
/// through containerd's default runtime on those nodes (<see cref="Software.ContainerdNvidiaRuntime"/>), so the chart's
/// <c>runtimeClassName</c> stays unset.
/// </summary>
/// <remarks>
/// Namespace kube-system, which runs at Pod Security level privileged (<see cref="Platform.PlatformNamespace.SystemNamespaces"/>):
/// the plugin mounts host paths (the kubelet's device-plugin socket directory, <c>/var/run/cdi</c>), which baseline
/// forbids.
/// </remarks>
public sealed class NvidiaDevicePlugin : ChartAddOn<NvidiaDevicePluginValues>
{
    /// <summary>The chart repository of NVIDIA/k8s-device-plugin (its README's <c>helm repo add</c>).</summary>
    public const string ChartRepository = "https://nvidia.github.io/k8s-device-plugin";

    public const string ChartName = "nvidia-device-plugin";

    public const string Namespace = "kube-system";

    /// <summary>The resource GPU pods request (<c>resources.limits</c>).</summary>
    public const string ResourceName = "nvidia.com/gpu";

    /// <summary>The label of nodes with NVIDIA GPUs (the chart's values.yaml: "a GPU deployment to be forced").</summary>
    public const string GpuPresentLabel = "nvidia.com/gpu.present";

    /// <summary>The taint key of GPU nodes, which the chart's values.yaml tolerates too.</summary>
    public const string GpuTaintKey = "nvidia.com/gpu";

    /// <summary>The priority class of node agents, built into Kubernetes.</summary>
    public const string PriorityClass = "system-node-critical";

    public NvidiaDevicePlugin(Scope parent, string id, NvidiaDevicePluginArgs args, ResourceOptions? options = null)
        : base(parent, id, new HelmChart(ChartRepository, ChartName, (args ?? throw new ArgumentNullException(nameof(args))).ChartVersion), Namespace, DefaultValues(), options)
    {
    }

    private static NvidiaDevicePluginValues DefaultValues() => new()
    {
        NodeSelector = new Dictionary<string, string> { [GpuPresentLabel] = "true" },
        Tolerations = [new Toleration { Key = GpuTaintKey, Operator = TolerationOperator.Exists, Effect = TaintEffect.NoSchedule }],
        PriorityClassName = PriorityClass,
    };
}
