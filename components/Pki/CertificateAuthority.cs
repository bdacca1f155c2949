using Infra.Model;
using Infra.Tls;

namespace Infra.Pki;

/// <summary>
/// A certificate authority whose key this program holds: a protected key and a self-signed CA
/// certificate. The key is protected because replacing it (a changed argument, a deleted stack)
/// invalidates every certificate it signed: every node and client of the cluster would stop
/// trusting each other at once. Re-issuing the CA certificate with the same key is harmless.
/// </summary>
public sealed class CertificateAuthority : Component, ICertifiedKey
{
    private static readonly IReadOnlyList<string> CaUses = [CertificateUse.CertSigning, CertificateUse.CrlSigning, CertificateUse.DigitalSignature];

    public CertificateAuthority(Scope parent, string id, CertificateSubject subject, int validityHours)
        : base(parent, id)
    {
        Key = PkiKey.Create(Scope, new ResourceOptions { Protect = true });
        Certificate = new SelfSignedCert(Scope, "cert", new SelfSignedCertArgs
        {
            PrivateKeyPem = Key.PrivateKeyPem,
            Subject = subject,
            ValidityPeriodHours = validityHours,
            IsCaCertificate = true,
            SetSubjectKeyId = true,
            AllowedUses = CaUses,
        });
    }

    public PrivateKey Key { get; }

    public SelfSignedCert Certificate { get; }

    public Expr<string> CertPem => Certificate.CertPem;

    public Expr<string> PrivateKeyPem => Key.PrivateKeyPem;

    /// <summary>Issues a certificate for a new key, under <paramref name="parent"/>.</summary>
    public IssuedCertificate Issue(Scope parent, string id, IssuedCertificateArgs args) => new(parent, id, this, args);
}
