using Infra.Kubelet;
using Infra.NodePools;

namespace Infra.Tests.Kubelet;

public class KubeletKernelSettingsTests
{
    /// <summary>
    /// What the kubelet checks with protectKernelDefaults: kubernetes/kubernetes pkg/kubelet/cm/container_manager_linux.go
    /// setupKernelTunables (v1.36), values from k8s.io/component-helpers node/util/sysctl/sysctl.go v0.36.3.
    /// </summary>
    private static readonly Dictionary<string, long> KubeletExpects = new(StringComparer.Ordinal)
    {
        ["vm.overcommit_memory"] = 1,
        ["vm.panic_on_oom"] = 0,
        ["kernel.panic"] = 10,
        ["kernel.panic_on_oops"] = 1,
        ["kernel.keys.root_maxkeys"] = 1_000_000,
        ["kernel.keys.root_maxbytes"] = 1_000_000 * 25,
    };

    private static Dictionary<string, string> WrittenSysctls()
    {
        var file = NodeBase.KernelFiles
            .Select(f => f.ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal))
            .Single(f => ((string)f["path"]).StartsWith("/etc/sysctl.d/", StringComparison.Ordinal));
        return ((string)file["content"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
    }

    [Fact]
    public void Every_node_sets_each_kernel_setting_the_kubelet_checks_to_the_value_it_expects()
    {
        var written = WrittenSysctls();

        Assert.All(KubeletExpects, expected => Assert.Equal($"{expected.Value}", written[expected.Key]));
    }

    [Fact]
    public void The_pid_ceiling_the_pod_limit_is_sized_against_is_set_on_the_node()
    {
        Assert.Equal($"{KubeletKernelSettings.PidMax}", WrittenSysctls()["kernel.pid_max"]);
    }

    [Fact]
    public void Networking_settings_stay_in_the_same_file()
    {
        Assert.Equal("1", WrittenSysctls()["net.ipv4.ip_forward"]);
    }
}
