using Infra.Model;

namespace Infra.Pki;

/// <summary>A private key with the certificate that certifies it, as PEM outputs.</summary>
public interface ICertifiedKey
{
    /// <summary>The certificate in PEM; public.</summary>
    Expr<string> CertPem { get; }

    /// <summary>The private key in PEM; a secret output of the TLS provider.</summary>
    Expr<string> PrivateKeyPem { get; }
}
