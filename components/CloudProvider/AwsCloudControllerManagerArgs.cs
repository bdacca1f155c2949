using Infra.Model;

namespace Infra.CloudProvider;

/// <summary>Args of an <see cref="AwsCloudControllerManager"/>.</summary>
public sealed record AwsCloudControllerManagerArgs
{
    /// <summary>
    /// The cluster's name: the controller finds its subnets, security groups and instances by the
    /// <c>kubernetes.io/cluster/&lt;name&gt;</c> tag and tags what it creates with it.
    /// </summary>
    public required string ClusterName { get; init; }

    /// <summary>The chart release made for the 1.35 controller, the newest; <see cref="ImageTag"/> overrides its appVersion.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        AwsCloudControllerManager.ChartName,
        "0.0.11",
        "kubernetes/cloud-provider-aws 82da06f1b6e1643b06b4463abf25333060cdc816 (\"update helm chart for 1.35\", appVersion v1.35.0): the newest chart release; its values keys are 0.0.10's");

    /// <summary>
    /// The newest promoted release. The version skew policy allows a controller one minor older than the API server
    /// (<see cref="Kubernetes.KubernetesRelease.IsWithinControllerSkew"/>): move to a 1.36 patch once it is promoted.
    /// </summary>
    public static VersionPin ImagePin { get; } = VersionPin.Image(
        AwsCloudControllerManager.ImageRepository,
        "v1.35.2",
        "kubernetes/k8s.io registry.k8s.io/images/k8s-staging-provider-aws/images.yaml, image cloud-controller-manager: the newest release it lists; v1.36.0 and v1.36.1 are tagged but not listed there, and a tag nobody can pull would leave every node tainted uninitialized");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;

    /// <summary>The controller image tag, pinned: <see cref="ImagePin"/>.</summary>
    public string ImageTag { get; init; } = ImagePin.Version;
}
