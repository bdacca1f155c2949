namespace Infra.ControlPlane.Kubeadm;

/// <summary>How a node registers itself, for both <c>kubeadm init</c> and <c>kubeadm join</c> (NodeRegistrationOptions).</summary>
public sealed record NodeRegistration
{
    /// <summary>The Node object's name; unset uses the hostname, which on EC2 is the private DNS name the AWS cloud provider expects.</summary>
    public string? Name { get; init; }

    /// <summary>containerd's socket: the only runtime our node images ship.</summary>
    public string CriSocket { get; init; } = "unix:///run/containerd/containerd.sock";

    /// <summary>
    /// Unset (null) lets kubeadm apply its default, the control-plane taint on control-plane nodes and none
    /// on workers; an empty list registers a control-plane node untainted.
    /// </summary>
    public IReadOnlyList<Taint>? Taints { get; init; }

    /// <summary>Node-local kubelet flags; cluster-wide kubelet settings belong in the KubeletConfiguration instead.</summary>
    public IReadOnlyList<Arg>? KubeletExtraArgs { get; init; }

    /// <summary>Preflight checks to skip by name, e.g. <c>DirAvailable--etc-kubernetes-manifests</c> when a static pod is placed before kubeadm runs.</summary>
    public IReadOnlyList<string>? IgnorePreflightErrors { get; init; }

    /// <summary>IfNotPresent: node images pre-pull the control-plane images, so a boot does not depend on the registry.</summary>
    public string ImagePullPolicy { get; init; } = "IfNotPresent";
}
