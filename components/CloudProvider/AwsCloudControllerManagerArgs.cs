namespace Infra.CloudProvider;

/// <summary>Args of an <see cref="AwsCloudControllerManager"/>.</summary>
public sealed record AwsCloudControllerManagerArgs
{
    /// <summary>
    /// The cluster's name: the controller finds its subnets, security groups and instances by the
    /// <c>kubernetes.io/cluster/&lt;name&gt;</c> tag and tags what it creates with it.
    /// </summary>
    public required string ClusterName { get; init; }

    /// <summary>
    /// The chart version, pinned: 0.0.10 is the chart release made for the 1.34 controller (its
    /// appVersion is v1.34.0); 0.0.11 moved to 1.35.
    /// </summary>
    public string ChartVersion { get; init; } = "0.0.10";

    /// <summary>
    /// The controller image tag: the newest 1.34 patch promoted to registry.k8s.io. The controller's
    /// minor must be the cluster's (<see cref="Kubernetes.KubernetesRelease.Minor"/>): it is built
    /// against that minor's cloud-provider library and tested with it.
    /// </summary>
    public string ImageTag { get; init; } = "v1.34.3";
}
