namespace Infra.NodePools;

/// <summary>
/// The node software cloud-init installs, pinned to exact package versions so every node of a
/// pool runs the same bits and an upgrade is a reviewed change (a new launch template version,
/// rolled out by instance refresh). Packages are held after install so unattended upgrades leave
/// them alone.
/// </summary>
public sealed record NodeSoftware
{
    /// <summary>The apt version of kubelet and kubeadm: Kubernetes 1.34.2, package revision 1.1 (the Kubernetes project's package scheme).</summary>
    public string KubernetesPackageVersion { get; init; } = "1.34.2-1.1";

    /// <summary>The Kubernetes release of those packages as kubeadm writes it (<c>v1.34.2</c>): the control plane runs the kubelet's own release.</summary>
    public string KubernetesVersion => "v" + KubernetesPackageVersion.Split('-', 2)[0];

    /// <summary>
    /// The apt version of containerd: the 1.7 series, which Kubernetes 1.34 supports and Ubuntu 24.04
    /// ships. Check it against the mirror the nodes install from when changing the image.
    /// </summary>
    public string ContainerdPackageVersion { get; init; } = "1.7.28-0ubuntu1~24.04.1";

    /// <summary>
    /// An apt source carrying the Kubernetes packages, e.g. the organisation's mirror. Unset: the
    /// image's own apt sources already carry them (images built for the cluster do).
    /// </summary>
    public AptSource? PackageSource { get; init; }
}

/// <summary>An apt source for cloud-init's <c>apt.sources</c>.</summary>
/// <param name="Name">The source's file name under <c>/etc/apt/sources.list.d</c>.</param>
/// <param name="Line">The <c>deb</c> line; cloud-init replaces <c>$KEY_FILE</c> with the key's path.</param>
/// <param name="SigningKey">The ASCII-armoured key the repository is signed with.</param>
public sealed record AptSource(string Name, string Line, string SigningKey);
