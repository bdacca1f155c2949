using System.Globalization;

namespace Infra.Kubelet;

/// <summary>
/// The kernel settings the kubelet configuration relies on, written to the node's sysctl file before the kubelet
/// starts. With <see cref="KubeletConfiguration.ProtectKernelDefaults"/> the kubelet refuses to start unless
/// the first six hold exactly: kubernetes/kubernetes pkg/kubelet/cm/container_manager_linux.go
/// <c>setupKernelTunables</c> at v1.36, values from k8s.io/component-helpers node/util/sysctl/sysctl.go
/// (tag v0.36.3, commit 8c03f98e): overcommit always (1), OOM killer rather than panic (0), reboot 10 s after a
/// panic, panic on oops (1), and root's key quota at 1,000,000 keys of 25 bytes each.
/// </summary>
public static class KubeletKernelSettings
{
    /// <summary>
    /// The 64-bit kernel's largest PID (PID_MAX_LIMIT, 4 x 1024 x 1024), set explicitly rather than trusting the
    /// image's default, so <see cref="KubeletConfiguration.PodPidsLimitDefault"/> is sized against a known number.
    /// </summary>
    public const int PidMax = 4 * 1024 * 1024;

    /// <summary>Each setting and its value, in the order written.</summary>
    public static IReadOnlyList<KeyValuePair<string, long>> Sysctls { get; } =
    [
        new("vm.overcommit_memory", 1),
        new("vm.panic_on_oom", 0),
        new("kernel.panic", 10),
        new("kernel.panic_on_oops", 1),
        new("kernel.keys.root_maxkeys", 1_000_000),
        new("kernel.keys.root_maxbytes", 25_000_000),
        new("kernel.pid_max", PidMax),
    ];

    /// <summary>The lines of a sysctl.d file, each ending with a newline.</summary>
    public static string SysctlLines => string.Concat(Sysctls.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} = {s.Value}\n")));
}
