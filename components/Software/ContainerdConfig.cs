using Infra.Model;

namespace Infra.Software;

/// <summary>
/// containerd 2.x's configuration, only what differs from its defaults (config version 3, containerd's
/// docs/cri/config.md at v2.3.4): the CRI's runc runtime on the systemd cgroup driver, which the kubelet uses too
/// (kubeadm's default since 1.22) so one cgroup manager owns every pod's cgroups, and the pod sandbox image kubeadm
/// 1.36 expects. It imports the drop-ins of <see cref="DropInDirectory"/>, where a pool adds what only its nodes run
/// (the NVIDIA runtime, <see cref="ContainerdNvidiaRuntime"/>); with no drop-in the import matches nothing.
/// </summary>
public static class ContainerdConfig
{
    public const string Path = "/etc/containerd/config.toml";

    /// <summary>The directory containerd merges <c>*.toml</c> drop-ins from, the one <c>nvidia-ctk</c> writes to too.</summary>
    public const string DropInDirectory = "/etc/containerd/conf.d";

    /// <summary>
    /// The pause image kubeadm 1.36 expects: kubeadm warns when the runtime's sandbox image differs from its own, and a
    /// second pause image is one more pull at every node's boot.
    /// </summary>
    public static VersionPin PausePin { get; } = VersionPin.Image(
        "registry.k8s.io/pause",
        "3.10.2",
        $"kubespray {UpstreamPins.KubesprayCommit} roles/kubespray_defaults/vars/main/main.yml: pod_infra_supported_versions['1.36'], kubeadm 1.36's constants.PauseVersion, which containerd 2.3.4 defaults to");

    /// <summary>The pod sandbox image, pinned: <see cref="PausePin"/>.</summary>
    public static string PauseImage { get; } = $"{PausePin.Name}:{PausePin.Version}";

    public static string Content { get; } = $"""
        version = 3
        imports = ['{DropInDirectory}/*.toml']

        [plugins.'io.containerd.cri.v1.images'.pinned_images]
          sandbox = '{PauseImage}'

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
          runtime_type = 'io.containerd.runc.v2'

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
          SystemdCgroup = true

        """;
}
