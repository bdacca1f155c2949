namespace Infra.Software;

/// <summary>
/// The one version table: every piece of software a node or an etcd member installs, at one exact version, with
/// each architecture's download and its SHA-256. Versions and checksums are read from kubespray's pin table at
/// commit <see cref="KubesprayCommit"/> (2026-08-21), <c>roles/kubespray_defaults/vars/main/checksums.yml</c>; the
/// download URLs follow the shapes of <c>roles/kubespray_defaults/defaults/main/download.yml</c> at the same commit
/// (<c>*_download_url</c>, containerd's non-static archive). A checksum is never computed here: the installer's
/// <c>sha256sum --check</c> refuses any other bytes, so a wrong value fails closed. To move a version, take the new
/// lines from a newer kubespray commit and update <see cref="KubesprayCommit"/>; the README's version table is
/// generated from this one (<see cref="VersionPinsTable"/>).
/// </summary>
public static class UpstreamPins
{
    /// <summary>The kubespray commit the versions and checksums were read from.</summary>
    public const string KubesprayCommit = "46dbdd3994b32640bcd806b0097f50e8fdf1d514";

    /// <summary>
    /// Kubernetes 1.36, its newest patch in kubespray's table (the first key of <c>kubelet_checksums</c>). The minor:
    /// 1.34 reaches end of life on 2026-10-27 and 1.35 is the last release that supports containerd 1.x
    /// (kubernetes.io/releases/1.34; the 1.35 release announcement; containerd's RELEASES.md pairs 1.36 with 2.2+ only),
    /// so 1.36 (end of life 2027-06-28) with containerd 2.x.
    /// </summary>
    public const string KubernetesVersion = "1.36.4";

    /// <summary>
    /// containerd 2.3, newest patch in kubespray's table: a long-term-support line (to 2028-04-30) and one of the two
    /// containerd lists for Kubernetes 1.36 (containerd RELEASES.md at v2.3.4: 1.36 with 2.3.0+ or 2.2.0+, no 1.x).
    /// </summary>
    public const string ContainerdVersion = "2.3.4";

    public const string RuncVersion = "1.4.3";

    public const string CniPluginsVersion = "1.9.1";

    /// <summary>crictl follows Kubernetes' minor: kubespray takes the newest crictl below the next minor (1.37).</summary>
    public const string CrictlVersion = "1.36.0";

    /// <summary>
    /// etcd 3.6, as kubespray's <c>etcd_supported_versions</c> resolves for Kubernetes 1.36 (the newest 3.6 in
    /// <c>etcd_binary_checksums</c>, <c>roles/kubespray_defaults/vars/main/main.yml</c>).
    /// </summary>
    public const string EtcdVersion = "3.6.14";

    private const string Checksums = "kubespray " + KubesprayCommit + " roles/kubespray_defaults/vars/main/checksums.yml";

    private const string KubernetesReason = "; 1.36 because 1.34 is end of life on 2026-10-27 and 1.35 is the last minor with containerd 1.x; 1.36.4 is the newest 1.36 patch in that table";

    private const string GitHubReleases = "https://github.com";

    public static PinnedArtifact Kubelet { get; } = KubernetesBinary("kubelet", "cf2562db46c48ab84cc3791540778ee7fb1a0a008529adbb434723dd02ed8b4b", "fd53ea3fcbd077844f50a3c67e9b52f62972a563674956bab0c0f4fb7ea37d50");

    public static PinnedArtifact Kubeadm { get; } = KubernetesBinary("kubeadm", "10d054585907f2c8bb823c84f6a66b3bd2a474c3d795475f04e9a44f78650fe6", "6a849c07d3e1c708f5c40f1ac8be03a56124204dfc7e1931e4113634019c0dad");

    public static PinnedArtifact Kubectl { get; } = KubernetesBinary("kubectl", "8b8f088da2dab964f853b38464033b1be15ede2839eca751482357c45abdd05a", "0ecf44450ee6063bf19dd166a103ee6df4a9034455c2abce626e6eea657d73fb");

    /// <summary>The archive's <c>bin/</c> (containerd, its runc shim, ctr) into /usr/local/bin, where containerd's own unit runs it from.</summary>
    public static PinnedArtifact Containerd { get; } = Pin(
        "containerd", ContainerdVersion, ArtifactPackaging.Archive, "/usr/local/bin",
        arch => $"{GitHubReleases}/containerd/containerd/releases/download/v{ContainerdVersion}/containerd-{ContainerdVersion}-linux-{arch}.tar.gz",
        "9d68969855fbf676cdb8ed758e420fb048d61f984f61de3e53eddfebe484d168", "a985fbb7e18fc0362d31a055338f5d7b0e087a3e27f14c70d1c5965399a29f95",
        Checksums + ": containerd_archive_checksums");

    /// <summary>/usr/local/sbin/runc, as containerd's getting-started guide installs it; the runc shim finds it on PATH.</summary>
    public static PinnedArtifact Runc { get; } = Pin(
        "runc", RuncVersion, ArtifactPackaging.Binary, "/usr/local/sbin/runc",
        arch => $"{GitHubReleases}/opencontainers/runc/releases/download/v{RuncVersion}/runc.{arch}",
        "f6ae8efc0fa40079e1475e97cbe9d1bd3f106a28d6af78a11d9f1bd565515e60", "633301e2e32f8a5ad54031aab4901eb00308bec677dd15faa2751e8f9dab5ca4",
        Checksums + ": runc_checksums");

    /// <summary>/opt/cni/bin, containerd's default CNI binary directory; Calico adds its own plugins there.</summary>
    public static PinnedArtifact CniPlugins { get; } = Pin(
        "cni-plugins", CniPluginsVersion, ArtifactPackaging.Archive, "/opt/cni/bin",
        arch => $"{GitHubReleases}/containernetworking/plugins/releases/download/v{CniPluginsVersion}/cni-plugins-linux-{arch}-v{CniPluginsVersion}.tgz",
        "b98f74a0f8522f0a83867178729c1aa70f2158f90c45a2ca8fa791db1c76b303", "56171987d3947707c3563db2f4001bccaf50fd63468611b9f3cbecb1375ee7ec",
        Checksums + ": cni_binary_checksums");

    public static PinnedArtifact Crictl { get; } = Pin(
        "crictl", CrictlVersion, ArtifactPackaging.Archive, "/usr/local/bin",
        arch => $"{GitHubReleases}/kubernetes-sigs/cri-tools/releases/download/v{CrictlVersion}/crictl-v{CrictlVersion}-linux-{arch}.tar.gz",
        "83855e114566a8a8c44c548d515670f51de3a5e1da8b2effb59870e2f10c25a3", "68328594ccf780a80ae2b092d9f6ce484eec7cf540c275242e8fd954bfd95332",
        Checksums + ": crictl_checksums; the newest crictl below Kubernetes 1.37");

    /// <summary>etcd, etcdctl and etcdutl (snapshot status and restore) into /usr/local/bin.</summary>
    public static PinnedArtifact Etcd { get; } = Pin(
        "etcd", EtcdVersion, ArtifactPackaging.Archive, "/usr/local/bin",
        arch => $"{GitHubReleases}/etcd-io/etcd/releases/download/v{EtcdVersion}/etcd-v{EtcdVersion}-linux-{arch}.tar.gz",
        "ffe840ff9295808e88cce2794a18a5ac87f12a5203c8314d0bf6aa119b41bac5", "fa1b80565ee6fc2df1ae6f57a508b221f3ecc7d591c317c581cd8281b0842b3e",
        Checksums + ": etcd_binary_checksums; etcd_supported_versions['1.36'] is the newest 3.6 there");

    /// <summary>
    /// What a Kubernetes node runs, control plane included: the runtime first (containerd, runc, CNI plugins, crictl),
    /// then kubelet, kubeadm and kubectl. crictl is no longer a kubeadm preflight requirement (see
    /// <c>KubernetesNodeSoftware</c>) but it is the runtime's debugging tool and kubeadm reset's fallback.
    /// </summary>
    public static IReadOnlyList<PinnedArtifact> KubernetesNode { get; } = [Containerd, Runc, CniPlugins, Crictl, Kubelet, Kubeadm, Kubectl];

    /// <summary>What an external etcd member runs: etcd alone.</summary>
    public static IReadOnlyList<PinnedArtifact> EtcdMember { get; } = [Etcd];

    /// <summary>Every pin, in the order of the README's table.</summary>
    public static IReadOnlyList<PinnedArtifact> All { get; } = [Kubelet, Kubeadm, Kubectl, Containerd, Runc, CniPlugins, Crictl, Etcd];

    /// <summary>A plain binary from Kubernetes' release path (kubespray's <c>kubelet_download_url</c> and siblings), into /usr/local/bin.</summary>
    private static PinnedArtifact KubernetesBinary(string name, string amd64Sha256, string arm64Sha256) => Pin(
        name, KubernetesVersion, ArtifactPackaging.Binary, $"/usr/local/bin/{name}",
        arch => $"https://dl.k8s.io/release/v{KubernetesVersion}/bin/linux/{arch}/{name}",
        amd64Sha256, arm64Sha256,
        $"{Checksums}: {name}_checksums{KubernetesReason}");

    private static PinnedArtifact Pin(string name, string version, ArtifactPackaging packaging, string target, Func<string, string> url, string amd64Sha256, string arm64Sha256, string source) => new()
    {
        Name = name,
        Version = version,
        Packaging = packaging,
        Target = target,
        Downloads = new Dictionary<CpuArchitecture, ArtifactDownload>
        {
            [CpuArchitecture.Amd64] = new(url(CpuArchitecture.Amd64.Name), amd64Sha256),
            [CpuArchitecture.Arm64] = new(url(CpuArchitecture.Arm64.Name), arm64Sha256),
        },
        Source = source,
    };
}
