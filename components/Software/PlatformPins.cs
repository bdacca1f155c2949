using Infra.Accelerators;
using Infra.Calico;
using Infra.CloudProvider;
using Infra.ControlPlane.Nodes;
using Infra.Dns;
using Infra.Kubelet;
using Infra.LocalStorage;
using Infra.Model;
using Infra.NodeAutoscaling;
using Infra.NodePools;

namespace Infra.Software;

/// <summary>
/// Every chart, image, apt package and provider plugin the stacks deploy at a version of ours, in the order of the
/// README's version table after the node binaries (<see cref="VersionPinsTable"/>). Each pin lives beside the default
/// it sets; this list only gathers them, and a test checks that every chart release a stack emits is here.
/// </summary>
public static class PlatformPins
{
    public static IReadOnlyList<VersionPin> All { get; } =
    [
        ContainerdConfig.PausePin,
        KmsPluginPod.ImagePin,
        CalicoRelease.CrdsChart,
        CalicoRelease.OperatorChart,
        CoreDnsArgs.ChartPin,
        CoreDnsArgs.ImagePin,
        NodeLocalDnsArgs.ImagePin,
        AwsCloudControllerManagerArgs.ChartPin,
        AwsCloudControllerManagerArgs.ImagePin,
        EbsCsiDriverArgs.ChartPin,
        EbsCsiDriverArgs.DriverPin,
        .. EbsCsiDriver.SidecarPins,
        KubeletCsrApproverArgs.ChartPin,
        ClusterAutoscalerArgs.ChartPin,
        ClusterAutoscalerArgs.ImagePin,
        NvidiaDevicePluginArgs.ChartPin,
        LocalVolumeProvisionerArgs.ChartPin,
        NvidiaGpuSoftware.DriverPin,
        NvidiaGpuSoftware.ToolkitPin,
        .. ProviderVersions.Plugins,
    ];
}
