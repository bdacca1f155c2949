namespace Infra.Software;

/// <summary>
/// crictl's configuration (kubernetes-sigs/cri-tools, docs/crictl.md): containerd's socket for both the runtime and
/// the image service, so crictl never probes its deprecated list of default sockets; 10 s per call, enough for a
/// busy runtime, short enough that a hung one is reported.
/// </summary>
public static class CrictlConfig
{
    public const string Path = "/etc/crictl.yaml";

    /// <summary>containerd's CRI socket, the one kubeadm finds and the kubelet is given.</summary>
    public const string ContainerdSocket = "unix:///run/containerd/containerd.sock";

    public const string Content = $"""
        runtime-endpoint: {ContainerdSocket}
        image-endpoint: {ContainerdSocket}
        timeout: 10

        """;
}
