using Infra.Software;
using Infra.Tests.Support;

namespace Infra.Tests.Software;

/// <summary>The files the packages used to provide: systemd accepts the units, and they run what the installer installs.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NodeSoftwareUnitsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("node-units-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Systemd_accepts_containerds_unit_and_the_kubelets_unit_with_kubeadms_drop_in()
    {
        // verify checks that ExecStart exists: point it at an executable written here instead of /usr/local/bin.
        var binary = Path.Combine(directory, "binary");
        File.WriteAllText(binary, "#!/bin/sh\n");
        File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var containerd = Write("containerd.service", ContainerdUnit.Content.Replace(UpstreamPins.Containerd.Target + "/containerd", binary, StringComparison.Ordinal));
        var kubelet = Write("kubelet.service", KubeletUnit.Content.Replace(UpstreamPins.Kubelet.Target, binary, StringComparison.Ordinal));
        Write("kubelet.service.d/10-kubeadm.conf", KubeadmKubeletDropIn.Content.Replace(UpstreamPins.Kubelet.Target, binary, StringComparison.Ordinal));

        var result = InstalledTool.Run("systemd-analyze", ["verify", containerd, kubelet]);

        Assert.True(result.ExitCode == 0 && result.Output.Length == 0, result.Output);
    }

    [Fact]
    public void The_units_run_the_binaries_where_the_installer_puts_them()
    {
        Assert.Contains($"ExecStart={UpstreamPins.Containerd.Target}/containerd\n", ContainerdUnit.Content, StringComparison.Ordinal);
        Assert.Contains("ExecStart=/usr/local/bin/kubelet\n", KubeletUnit.Content, StringComparison.Ordinal);
        Assert.Contains("ExecStart=/usr/local/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n", KubeadmKubeletDropIn.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Containerd_runs_runc_on_the_systemd_cgroup_driver_with_kubeadms_pause_image()
    {
        Assert.StartsWith("version = 3\n", ContainerdConfig.Content, StringComparison.Ordinal);
        Assert.Contains("[plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]\n  SystemdCgroup = true\n", ContainerdConfig.Content, StringComparison.Ordinal);
        Assert.Contains("sandbox = 'registry.k8s.io/pause:3.10.2'", ContainerdConfig.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Crictl_talks_to_containerds_socket()
    {
        Assert.Equal(
            ["runtime-endpoint: unix:///run/containerd/containerd.sock", "image-endpoint: unix:///run/containerd/containerd.sock", "timeout: 10"],
            CrictlConfig.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
