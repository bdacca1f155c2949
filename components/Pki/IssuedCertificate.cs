using Infra.Model;
using Infra.Tls;

namespace Infra.Pki;

/// <summary>What a certificate issued by a <see cref="CertificateAuthority"/> says and how long it lives.</summary>
public sealed record IssuedCertificateArgs
{
    public required CertificateSubject Subject { get; init; }

    /// <summary>Key usages and extended key usages (<see cref="CertificateUse"/>).</summary>
    public required IReadOnlyList<string> AllowedUses { get; init; }

    public IReadOnlyList<Expr<string>>? DnsNames { get; init; }

    public IReadOnlyList<Expr<string>>? IpAddresses { get; init; }

    public required int ValidityHours { get; init; }

    public required int EarlyRenewalHours { get; init; }
}

/// <summary>
/// A key, its signing request and the certificate a CA issued for it. Renewal replaces the certificate
/// only: the key stays, so a renewed certificate is a new file for the same key.
/// </summary>
public sealed class IssuedCertificate : Component, ICertifiedKey
{
    public IssuedCertificate(Scope parent, string id, CertificateAuthority issuer, IssuedCertificateArgs args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(args);
        Key = PkiKey.Create(Scope);
        var request = new CertRequest(Scope, "csr", new CertRequestArgs
        {
            PrivateKeyPem = Key.PrivateKeyPem,
            Subject = args.Subject,
            DnsNames = args.DnsNames,
            IpAddresses = args.IpAddresses,
        });
        Certificate = new LocallySignedCert(Scope, "cert", new LocallySignedCertArgs
        {
            CertRequestPem = request.CertRequestPem,
            CaPrivateKeyPem = issuer.PrivateKeyPem,
            CaCertPem = issuer.CertPem,
            ValidityPeriodHours = args.ValidityHours,
            EarlyRenewalHours = args.EarlyRenewalHours,
            AllowedUses = args.AllowedUses,
        });
    }

    public PrivateKey Key { get; }

    public LocallySignedCert Certificate { get; }

    public Expr<string> CertPem => Certificate.CertPem;

    public Expr<string> PrivateKeyPem => Key.PrivateKeyPem;
}
