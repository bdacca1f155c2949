using Infra.Model;

namespace Infra.Accelerators;

/// <summary>Args of an <see cref="NvidiaDevicePlugin"/>.</summary>
public sealed record NvidiaDevicePluginArgs
{
    /// <summary>The newest release; the chart runs its own image (appVersion), so the image is pinned with it.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        NvidiaDevicePlugin.ChartName,
        "0.20.0",
        "NVIDIA/k8s-device-plugin tag v0.20.0 (commit 1b826acc6af3079d8923bac395c3124b8861a9a6) deployments/helm/nvidia-device-plugin/Chart.yaml, the newest release; its image nvcr.io/nvidia/k8s-device-plugin is the chart's appVersion, the same 0.20.0");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;
}
