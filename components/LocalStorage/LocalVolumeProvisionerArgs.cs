using Infra.Model;

namespace Infra.LocalStorage;

/// <summary>Args of a <see cref="LocalVolumeProvisioner"/>.</summary>
public sealed record LocalVolumeProvisionerArgs
{
    /// <summary>The newest release; the chart runs its own image (appVersion), so the image is pinned with it.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        LocalVolumeProvisioner.ChartName,
        "2.9.0",
        "kubernetes-sigs/sig-storage-local-static-provisioner d6d0b006845aa1cc18195fffe462df97a3347b32 helm/provisioner/Chart.yaml, the newest release; its image registry.k8s.io/sig-storage/local-volume-provisioner is the chart's appVersion, v2.9.0");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;

    /// <summary>The storage class of the local volumes, after what backs them, so claims read what they get.</summary>
    public string StorageClassName { get; init; } = "local-ssd";
}
