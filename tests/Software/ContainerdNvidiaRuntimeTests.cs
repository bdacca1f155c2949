using Infra.Software;

namespace Infra.Tests.Software;

public class ContainerdNvidiaRuntimeTests
{
    [Fact]
    public void Containerd_reads_the_drop_in_from_the_directory_its_configuration_imports()
    {
        Assert.Contains($"imports = ['{Path.GetDirectoryName(ContainerdNvidiaRuntime.Path)}/*.toml']\n", ContainerdConfig.Content, StringComparison.Ordinal);
        Assert.EndsWith(".toml", ContainerdNvidiaRuntime.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nvidia_runtime_is_the_default_and_runs_the_toolkits_runtime_on_the_systemd_cgroup_driver_like_runc()
    {
        var content = ContainerdNvidiaRuntime.Content;

        Assert.Contains("default_runtime_name = 'nvidia'", content, StringComparison.Ordinal);
        Assert.Contains("[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.nvidia]\n  runtime_type = 'io.containerd.runc.v2'\n", content, StringComparison.Ordinal);
        Assert.Contains("BinaryName = '/usr/bin/nvidia-container-runtime'\n  SystemdCgroup = true\n", content, StringComparison.Ordinal);
        Assert.Contains("SystemdCgroup = true", ContainerdConfig.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_drop_in_is_of_the_configuration_version_containerd_2_reads()
    {
        Assert.StartsWith("version = 3\n", ContainerdNvidiaRuntime.Content, StringComparison.Ordinal);
    }
}
