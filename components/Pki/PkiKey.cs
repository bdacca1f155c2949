using Infra.Model;
using Infra.Tls;

namespace Infra.Pki;

/// <summary>
/// The one key type of the cluster's PKI: ECDSA P-256. Small (a key and a certificate fit a Standard
/// SSM parameter many times over), fast to sign and verify, and accepted by etcd, the API server and
/// kubeadm (<c>encryptionAlgorithm: ECDSA-P256</c>).
/// </summary>
internal static class PkiKey
{
    public static PrivateKey Create(Scope scope, ResourceOptions? options = null) =>
        new(scope, "key", new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P256" }, options);
}
