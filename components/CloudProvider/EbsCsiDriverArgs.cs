using Infra.Model;

namespace Infra.CloudProvider;

/// <summary>Args of an <see cref="EbsCsiDriver"/>.</summary>
public sealed record EbsCsiDriverArgs
{
    /// <summary>The cluster's name: the driver's tag cluster id, which the controller's IAM conditions require.</summary>
    public required string ClusterName { get; init; }

    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        EbsCsiDriver.ChartName,
        "2.63.1",
        "kubernetes-sigs/aws-ebs-csi-driver chart 2.63.1, whose driver (v1.63.1) is promoted to registry.k8s.io");

    public static VersionPin DriverPin { get; } = VersionPin.Image(
        EbsCsiDriver.ImageRepository,
        "v1.63.1",
        "the appVersion of chart 2.63.1, so the templates and the driver agree on flags");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;

    /// <summary>The driver image tag, pinned: <see cref="DriverPin"/>.</summary>
    public string DriverTag { get; init; } = DriverPin.Version;

    /// <summary>The default storage class's name: gp3, after the volume type it provisions, so claims read what they get.</summary>
    public string StorageClassName { get; init; } = "gp3";
}
