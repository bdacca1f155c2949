using System.Globalization;
using Infra.Software;

namespace Infra.Kubernetes;

/// <summary>The Kubernetes release the platform's clusters run, read off the one pin the nodes install.</summary>
public static class KubernetesRelease
{
    /// <summary>
    /// The cluster's minor, <c>v1.36</c>: the minor of <see cref="UpstreamPins.KubernetesVersion"/>, which the API
    /// server, controllers and kubelets run. Pod Security Admission labels pin their policy version to it, and add-ons
    /// built per Kubernetes minor (cloud controller manager, Cluster Autoscaler) are checked against it.
    /// </summary>
    public static string Minor { get; } = "v" + string.Join('.', UpstreamPins.KubernetesVersion.Split('.').Take(2));

    /// <summary>
    /// Whether a controller image of tag <paramref name="imageTag"/> (<c>v1.35.2</c>) may talk to this cluster's API
    /// server. Kubernetes' version skew policy: kube-controller-manager, kube-scheduler and cloud-controller-manager
    /// "must not be newer than the kube-apiserver instances they communicate with. They are expected to match the
    /// kube-apiserver minor version, but may be up to one minor version older (to allow live upgrades)."
    /// </summary>
    public static bool IsWithinControllerSkew(string imageTag)
    {
        ArgumentNullException.ThrowIfNull(imageTag);
        return ControllerMinors.Any(minor => imageTag.StartsWith(minor + ".", StringComparison.Ordinal));
    }

    /// <summary>The controller minors the skew policy allows, newest first (<c>v1.36</c>, <c>v1.35</c>).</summary>
    public static IReadOnlyList<string> ControllerMinors { get; } = [Minor, PreviousMinor()];

    private static string PreviousMinor()
    {
        var parts = Minor[1..].Split('.');
        var minor = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return $"v{parts[0]}.{(minor - 1).ToString(CultureInfo.InvariantCulture)}";
    }
}
