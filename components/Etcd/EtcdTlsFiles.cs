namespace Infra.Etcd;

/// <summary>
/// Where a member finds its certificates. Defaults are kubeadm's paths, so kubeadm's
/// <c>certs etcd-*</c> phases (or our bootstrap) write them where etcd reads them. Client and peer
/// connections both require certificates signed by the etcd CA (always on, not configurable).
/// </summary>
public sealed record EtcdTlsFiles
{
    /// <summary>The serving certificate for clients (<c>--cert-file</c>); its SANs name the member's host.</summary>
    public string CertFile { get; init; } = "/etc/kubernetes/pki/etcd/server.crt";

    /// <summary><c>--key-file</c>.</summary>
    public string KeyFile { get; init; } = "/etc/kubernetes/pki/etcd/server.key";

    /// <summary>The CA client certificates must chain to (<c>--trusted-ca-file</c>).</summary>
    public string TrustedCaFile { get; init; } = "/etc/kubernetes/pki/etcd/ca.crt";

    /// <summary>The certificate for Raft traffic, serving and client both (<c>--peer-cert-file</c>).</summary>
    public string PeerCertFile { get; init; } = "/etc/kubernetes/pki/etcd/peer.crt";

    /// <summary><c>--peer-key-file</c>.</summary>
    public string PeerKeyFile { get; init; } = "/etc/kubernetes/pki/etcd/peer.key";

    /// <summary>The CA peer certificates must chain to (<c>--peer-trusted-ca-file</c>).</summary>
    public string PeerTrustedCaFile { get; init; } = "/etc/kubernetes/pki/etcd/ca.crt";
}
