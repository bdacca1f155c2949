namespace Infra.LocalStorage;

/// <summary>Args of a <see cref="LocalVolumeProvisioner"/>.</summary>
public sealed record LocalVolumeProvisionerArgs
{
    /// <summary>
    /// The chart version, pinned: 2.9.0, the newest release of kubernetes-sigs/sig-storage-local-static-provisioner
    /// (helm/provisioner/Chart.yaml bumped to 2.9.0 at commit d6d0b006845aa1cc18195fffe462df97a3347b32); its image
    /// registry.k8s.io/sig-storage/local-volume-provisioner is the chart's appVersion, v2.9.0.
    /// </summary>
    public string ChartVersion { get; init; } = "2.9.0";

    /// <summary>The storage class of the local volumes, after what backs them, so claims read what they get.</summary>
    public string StorageClassName { get; init; } = "local-ssd";
}
