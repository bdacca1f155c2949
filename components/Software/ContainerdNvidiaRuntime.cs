namespace Infra.Software;

/// <summary>
/// The containerd drop-in of GPU nodes (config version 3, merged through <see cref="ContainerdConfig.DropInDirectory"/>):
/// a runtime handler <c>nvidia</c> that runs containers through the NVIDIA Container Toolkit's
/// <c>nvidia-container-runtime</c> (which injects the driver's devices and libraries into containers that ask for
/// them, and passes the others to runc unchanged), with the systemd cgroup driver like runc's, made the default
/// runtime. The same settings <c>nvidia-ctk runtime configure --runtime=containerd --set-as-default</c> writes to
/// its drop-in (NVIDIA/nvidia-container-toolkit v1.19.1, pkg/config/engine/containerd/config.go: runtime_type,
/// options.BinaryName, default_runtime_name under the CRI runtime plugin), written by cloud-init instead, so a
/// node's runtime configuration is in the user data and the tests.
/// </summary>
/// <remarks>
/// The default rather than a RuntimeClass: the device plugin chart's pods (and any GPU pod) then need no
/// <c>runtimeClassName</c>: the chart leaves it unset (<c>runtimeClassName: null</c> in its values.yaml at v0.20.0).
/// Only GPU nodes carry the drop-in, so no other node depends on the toolkit.
/// </remarks>
public static class ContainerdNvidiaRuntime
{
    public const string Path = ContainerdConfig.DropInDirectory + "/99-nvidia.toml";

    /// <summary>The runtime handler's name, the one NVIDIA's tools and documentation use.</summary>
    public const string HandlerName = "nvidia";

    /// <summary>Where the toolkit's Debian package installs the runtime.</summary>
    public const string RuntimeBinary = "/usr/bin/nvidia-container-runtime";

    public const string Content = $"""
        version = 3

        [plugins.'io.containerd.cri.v1.runtime'.containerd]
          default_runtime_name = '{HandlerName}'

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.{HandlerName}]
          runtime_type = 'io.containerd.runc.v2'

        [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.{HandlerName}.options]
          BinaryName = '{RuntimeBinary}'
          SystemdCgroup = true

        """;
}
