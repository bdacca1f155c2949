using Infra.NodePools;
using Infra.Software;
using Infra.Tests.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.NodePools;

/// <summary>
/// The GPU node's driver and toolkit steps, run by bash with stand-ins for apt, curl and gpg (no package archive
/// here), and their place in the boot. What only a real g4dn/g5 instance proves: that Ubuntu's archive carries the
/// branch's modules for the image's kernel, that the driver loads and nvidia-smi sees the GPU, and that a CUDA pod
/// requesting nvidia.com/gpu runs.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NvidiaGpuSoftwareTests : IDisposable
{
    private readonly BootMachine machine = new("gpu-software-");

    public NvidiaGpuSoftwareTests()
    {
        // apt's source directory, as every Ubuntu image has it.
        Directory.CreateDirectory(machine.Tools.Path("etc/apt/sources.list.d"));
        machine.Tools.Add("curl", "");
        machine.Tools.Add("dpkg", "echo amd64");
        machine.Tools.Add("apt-get", $"if [[ $1 == install ]]; then mkdir -p '{machine.Tools.Path("usr/bin")}'; touch '{machine.Tools.Path(ContainerdNvidiaRuntime.RuntimeBinary)}'; chmod +x '{machine.Tools.Path(ContainerdNvidiaRuntime.RuntimeBinary)}'; fi");
    }

    public void Dispose() => machine.Dispose();

    private static NodeBootstrap Gpu => NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster())).Pool.Bootstrap;

    [Fact]
    public void The_toolkit_comes_from_nvidias_repository_at_the_pinned_version_once_its_key_has_the_pinned_fingerprint()
    {
        var result = Run(keyFingerprint: NvidiaGpuSoftware.ToolkitKeyFingerprint);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(
            $"deb [signed-by={NvidiaGpuSoftware.ToolkitKeyPath}] {NvidiaGpuSoftware.ToolkitRepository}/amd64 /\n",
            File.ReadAllText(machine.Tools.Path(NvidiaGpuSoftware.ToolkitSourcePath)));
        var install = Assert.Single(machine.Tools.Calls("apt-get"), call => call.StartsWith("install", StringComparison.Ordinal));
        Assert.All(NvidiaGpuSoftware.ToolkitPackages, package => Assert.Contains($" {package}={NvidiaGpuSoftware.ToolkitVersion}", install, StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_with_another_fingerprint_installs_nothing_and_fails_the_step()
    {
        var result = Run(keyFingerprint: "0000000000000000000000000000000000000000");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not the pinned " + NvidiaGpuSoftware.ToolkitKeyFingerprint, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(machine.Tools.Path(NvidiaGpuSoftware.ToolkitSourcePath)));
        Assert.Empty(machine.Tools.Calls("apt-get"));
    }

    [Fact]
    public void The_driver_is_the_pinned_branchs_signed_modules_for_the_running_kernel_and_must_answer_nvidia_smi()
    {
        machine.Tools.Add("uname", "echo 6.8.0-1021-aws");
        machine.Tools.Add("modprobe", "");
        machine.Tools.Add("nvidia-smi", "exit 9");

        var result = machine.RunFunction(NvidiaGpuSoftware.Instance.Definitions, "install_nvidia_driver");

        Assert.Equal(9, result.ExitCode);
        var install = Assert.Single(machine.Tools.Calls("apt-get"), call => call.StartsWith("install", StringComparison.Ordinal));
        Assert.EndsWith(
            $" linux-modules-nvidia-{NvidiaGpuSoftware.DriverBranch}-6.8.0-1021-aws nvidia-headless-no-dkms-{NvidiaGpuSoftware.DriverBranch} nvidia-utils-{NvidiaGpuSoftware.DriverBranch}",
            install, StringComparison.Ordinal);
        Assert.Equal(["nvidia"], machine.Tools.Calls("modprobe"));
    }

    [Fact]
    public void A_gpu_node_installs_driver_then_toolkit_after_the_node_software_and_before_containerd_starts()
    {
        var boot = Gpu.Sequence;

        Assert.True(boot.IndexOf("install-software") < boot.IndexOf("install-nvidia-driver"));
        Assert.True(boot.IndexOf("install-nvidia-driver") < boot.IndexOf("install-nvidia-toolkit"));
        Assert.True(boot.IndexOf("install-nvidia-toolkit") < boot.IndexOf("prepare-node"));
    }

    [Fact]
    public void Only_gpu_nodes_carry_the_nvidia_runtime_drop_in_and_steps()
    {
        var general = NodePoolFixture.General().Bootstrap;

        Assert.Contains(ContainerdNvidiaRuntime.Path, Gpu.ToCloudConfig(), StringComparison.Ordinal);
        Assert.DoesNotContain(ContainerdNvidiaRuntime.Path, general.ToCloudConfig(), StringComparison.Ordinal);
        Assert.DoesNotContain(general.Sequence.Steps, step => step.Name.Contains("nvidia", StringComparison.Ordinal));
    }

    private InstalledTool.Result Run(string keyFingerprint)
    {
        machine.Tools.Add("gpg", $"echo 'pub:-:4096:1:DDCAE044F796ECB0:1500000000:::-:::scESC::::::23::0:'; echo 'fpr:::::::::{keyFingerprint}:'; echo 'fpr:::::::::1111111111111111111111111111111111111111:'");
        return machine.RunFunction(NvidiaGpuSoftware.Instance.Definitions, "install_nvidia_toolkit");
    }
}
