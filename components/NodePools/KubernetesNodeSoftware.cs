using Infra.Emit;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// The files the Kubernetes packages used to provide, now written by cloud-init, and the boot command that installs
/// the pinned software and starts the runtime: every Kubernetes node (workers and control plane) carries them and
/// installs the software (boot step <c>install-software</c>) and runs <see cref="StartCommands"/> before its kubeadm join or init.
/// </summary>
/// <remarks>
/// What kubeadm's preflight requires of the machine (kubernetes/kubernetes cmd/kubeadm/app/preflight/checks.go and
/// checks_linux.go, the 1.32+ form, commit 039c72e87d0f): mandatory executables on Linux are <c>ip</c>,
/// <c>iptables</c>, <c>mount</c> and <c>nsenter</c>; <c>ebtables</c>, <c>ethtool</c>, <c>socat</c>, <c>tc</c> and
/// <c>touch</c> are warnings only. <c>crictl</c> is no longer checked (kubeadm talks to the runtime over the CRI
/// socket), and <c>conntrack</c> is required only below 1.32 (kubernetes#126952), so no preflight error needs
/// ignoring for 1.36; kube-proxy, conntrack's user, is not run here (Calico's eBPF data plane replaces it). The stock
/// Ubuntu 24.04 server image is expected to carry the mandatory four (iproute2, iptables, util-linux) and to lack socat
/// and ebtables, which costs two preflight warnings and nothing else; this was not checked against the image's
/// package manifest here (noble-server-cloudimg-amd64.manifest): check it when changing the image. crictl is shipped
/// anyway as the runtime's debugging tool.
/// </remarks>
public static class KubernetesNodeSoftware
{
    /// <summary>
    /// After the install: load the units written beside it and start the runtime (each safe to repeat); the kubelet is
    /// enabled, not started: it waits for kubeadm's configuration and restarts until then.
    /// </summary>
    public static IReadOnlyList<string> StartCommands { get; } =
        ["systemctl daemon-reload", "systemctl enable --now containerd", "systemctl enable kubelet"];

    /// <summary>The installer, the runtime's unit and configuration, the kubelet's unit and kubeadm's drop-in, crictl's configuration.</summary>
    public static IReadOnlyList<OrderedMap> WriteFiles(NodeSoftware software)
    {
        ArgumentNullException.ThrowIfNull(software);
        return
        [
            NodeBase.WriteFile(SoftwareInstaller.InstallPath, "0755", software.Installer.Text),
            NodeBase.WriteFile(ContainerdUnit.Path, "0644", ContainerdUnit.Content),
            NodeBase.WriteFile(ContainerdConfig.Path, "0644", ContainerdConfig.Content),
            NodeBase.WriteFile(KubeletUnit.Path, "0644", KubeletUnit.Content),
            NodeBase.WriteFile(KubeadmKubeletDropIn.Path, "0644", KubeadmKubeletDropIn.Content),
            NodeBase.WriteFile(CrictlConfig.Path, "0644", CrictlConfig.Content),
        ];
    }
}
