using Infra.Emit;
using Infra.Kubelet;

namespace Infra.NodePools;

/// <summary>
/// What every Kubernetes node's cloud-init shares, workers and control plane alike: the kernel modules and sysctls
/// Kubernetes networking needs, the pinned software's installer and files (<see cref="KubernetesNodeSoftware"/>), and
/// the first-boot commands that load the kernel settings and install and start the software.
/// </summary>
public static class NodeBase
{
    /// <summary>
    /// Commands of the <c>prepare-node</c> boot step (<see cref="NodeBootSteps"/>), after the software is installed
    /// and before the node's own bootstrap (join or init); repeated as a whole when it fails, so each is idempotent.
    /// </summary>
    public static IReadOnlyList<string> PreparationCommands { get; } =
    [
        "modprobe overlay",
        "modprobe br_netfilter",
        "sysctl --system",
        .. KubernetesNodeSoftware.StartCommands,
    ];

    /// <summary>
    /// The kernel module and sysctl files: bridged traffic through iptables, IP forwarding, and the settings the kubelet
    /// checks at start (<see cref="KubeletKernelSettings"/>).
    /// </summary>
    public static IReadOnlyList<OrderedMap> KernelFiles { get; } =
    [
        WriteFile("/etc/modules-load.d/kubernetes.conf", "0644", "overlay\nbr_netfilter\n"),
        WriteFile("/etc/sysctl.d/90-kubernetes.conf", "0644",
            "net.bridge.bridge-nf-call-ip6tables = 1\nnet.bridge.bridge-nf-call-iptables = 1\nnet.ipv4.ip_forward = 1\n" + KubeletKernelSettings.SysctlLines),
    ];

    /// <summary>
    /// Starts a <c>#cloud-config</c> document with the host name: the EC2 private DNS name
    /// (<c>ip-10-0-1-2.eu-west-1.compute.internal</c>), not Ubuntu's short default: kubeadm names the Node after it,
    /// and the AWS cloud controller finds a Node's instance by that name, so a short name leaves the node tainted
    /// uninitialized. No apt packages: the software comes from pinned release files (<see cref="NodeSoftware"/>).
    /// </summary>
    public static OrderedMap NewDocument() => new OrderedMap().Add("prefer_fqdn_over_hostname", true);

    /// <summary>One <c>write_files</c> entry.</summary>
    public static OrderedMap WriteFile(string path, string permissions, string content) =>
        new OrderedMap().Add("path", path).Add("permissions", permissions).Add("content", content);
}
