namespace Infra.Accelerators;

/// <summary>Args of an <see cref="NvidiaDevicePlugin"/>.</summary>
public sealed record NvidiaDevicePluginArgs
{
    /// <summary>
    /// The chart version, pinned: 0.20.0, the newest release of NVIDIA/k8s-device-plugin (tag v0.20.0, commit
    /// 1b826acc6af3079d8923bac395c3124b8861a9a6, deployments/helm/nvidia-device-plugin/Chart.yaml); its image
    /// nvcr.io/nvidia/k8s-device-plugin is the chart's appVersion, the same 0.20.0.
    /// </summary>
    public string ChartVersion { get; init; } = "0.20.0";
}
