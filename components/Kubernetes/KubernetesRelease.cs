namespace Infra.Kubernetes;

/// <summary>The Kubernetes release the platform targets.</summary>
public static class KubernetesRelease
{
    /// <summary>
    /// The minor version our clusters run: the one whose API the pinned provider (4.34.x) is
    /// generated from, so every field we emit exists on the API server. Pod Security Admission
    /// labels pin their policy version to it.
    /// </summary>
    public const string Minor = "v1.34";
}
