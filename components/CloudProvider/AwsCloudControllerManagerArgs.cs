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
    /// The chart version, pinned: 0.0.11 is the chart release made for the 1.35 controller (its appVersion is
    /// v1.35.0; kubernetes/cloud-provider-aws commit 82da06f1b6e1643b06b4463abf25333060cdc816, "update helm chart for 1.35"), the newest chart
    /// release; its values keys are 0.0.10's. The image tag below overrides its appVersion.
    /// </summary>
    public string ChartVersion { get; init; } = "0.0.11";

    /// <summary>
    /// The controller image tag: v1.35.2, the newest release that the registry.k8s.io promotion manifest
    /// (kubernetes/k8s.io registry.k8s.io/images/k8s-staging-provider-aws/images.yaml, image
    /// cloud-controller-manager) lists. The project has tagged v1.36.0 and v1.36.1, but the manifest we could read
    /// does not list them, and a tag nobody can pull would leave every node tainted uninitialized. The version skew
    /// policy allows a controller one minor older than the API server
    /// (<see cref="Kubernetes.KubernetesRelease.IsWithinControllerSkew"/>): move to a 1.36 patch once it is
    /// promoted.
    /// </summary>
    public string ImageTag { get; init; } = "v1.35.2";
}
