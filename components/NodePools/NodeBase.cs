using Infra.Emit;

namespace Infra.NodePools;

/// <summary>
/// What every Kubernetes node's cloud-init shares, workers and control plane alike: the pinned packages
/// (containerd, kubelet, kubeadm), the kernel modules and sysctls Kubernetes networking needs, and the first-boot
/// commands that load them, put containerd on the systemd cgroup driver and hold the pinned versions.
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
        // The kubelet (systemd cgroup driver, kubeadm's default) and containerd must agree.
        "mkdir -p /etc/containerd && containerd config default | sed 's/SystemdCgroup = false/SystemdCgroup = true/' > /etc/containerd/config.toml",
        "systemctl restart containerd",
        // Pinned versions stay pinned: unattended upgrades must not move them.
        "apt-mark hold containerd kubelet kubeadm",
        "systemctl enable kubelet",
    ];

    /// <summary>The kernel module and sysctl files: bridged traffic through iptables, and IP forwarding.</summary>
    public static IReadOnlyList<OrderedMap> KernelFiles { get; } =
    [
        WriteFile("/etc/modules-load.d/kubernetes.conf", "0644", "overlay\nbr_netfilter\n"),
        WriteFile("/etc/sysctl.d/90-kubernetes.conf", "0644",
            "net.bridge.bridge-nf-call-ip6tables = 1\nnet.bridge.bridge-nf-call-iptables = 1\nnet.ipv4.ip_forward = 1\n"),
    ];

    /// <summary>
    /// Starts a <c>#cloud-config</c> document: the host name, the package source (if any) and the pinned packages.
    /// The host name is the EC2 private DNS name (<c>ip-10-0-1-2.eu-west-1.compute.internal</c>), not Ubuntu's short
    /// default: kubeadm names the Node after it, and the AWS cloud controller finds a Node's instance by that name,
    /// so a short name leaves the node tainted uninitialized. The package index is refreshed first: the pinned
    /// versions may be newer than the image's index.
    /// </summary>
    public static OrderedMap NewDocument(NodeSoftware software)
    {
        ArgumentNullException.ThrowIfNull(software);
        var document = new OrderedMap().Add("prefer_fqdn_over_hostname", true);
        if (software.PackageSource is { } source)
        {
            document.Add("apt", new OrderedMap().Add("sources", new OrderedMap()
                .Add(source.Name, new OrderedMap().Add("source", source.Line).Add("key", source.SigningKey))));
        }

        return document
            .Add("package_update", true)
            .Add("packages", new[]
            {
                new[] { "containerd", software.ContainerdPackageVersion },
                new[] { "kubelet", software.KubernetesPackageVersion },
                new[] { "kubeadm", software.KubernetesPackageVersion },
            });
    }

    /// <summary>One <c>write_files</c> entry.</summary>
    public static OrderedMap WriteFile(string path, string permissions, string content) =>
        new OrderedMap().Add("path", path).Add("permissions", permissions).Add("content", content);
}
