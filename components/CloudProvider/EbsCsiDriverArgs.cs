namespace Infra.CloudProvider;

/// <summary>Args of an <see cref="EbsCsiDriver"/>.</summary>
public sealed record EbsCsiDriverArgs
{
    /// <summary>The cluster's name: the driver's tag cluster id, which the controller's IAM conditions require.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The chart version, pinned: 2.63.1, whose driver (v1.63.1) is promoted to registry.k8s.io.</summary>
    public string ChartVersion { get; init; } = "2.63.1";

    /// <summary>The driver image tag: the chart's appVersion, so the templates and the driver agree on flags.</summary>
    public string DriverTag { get; init; } = "v1.63.1";

    /// <summary>The default storage class's name: gp3, after the volume type it provisions, so claims read what they get.</summary>
    public string StorageClassName { get; init; } = "gp3";
}
