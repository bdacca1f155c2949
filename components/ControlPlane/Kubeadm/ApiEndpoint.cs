namespace Infra.ControlPlane.Kubeadm;

/// <summary>Where this node's own API server listens (not the load-balanced endpoint of the cluster).</summary>
public sealed record ApiEndpoint
{
    /// <summary>The node's private IP; unset lets kubeadm use the address of the default route's interface.</summary>
    public string? AdvertiseAddress { get; init; }

    /// <summary>6443: the port the NLB forwards to, and kubeadm's default.</summary>
    public int BindPort { get; init; } = 6443;
}
