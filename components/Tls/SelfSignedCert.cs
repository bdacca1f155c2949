using Infra.Model;

namespace Infra.Tls;

/// <summary>Args of <c>tls:index/selfSignedCert:SelfSignedCert</c>, with the provider's property names.</summary>
public sealed record SelfSignedCertArgs
{
    /// <summary>The signing key (the regular input, not the write-only <c>privateKeyPemWo</c> variant).</summary>
    public required Expr<string> PrivateKeyPem { get; init; }

    public CertificateSubject? Subject { get; init; }

    public required int ValidityPeriodHours { get; init; }

    /// <summary>Hours before expiry from which a <c>pulumi up</c> replaces the certificate; unset: only once expired.</summary>
    public int? EarlyRenewalHours { get; init; }

    public bool? IsCaCertificate { get; init; }

    /// <summary>Adds the Subject Key Identifier, from which certificates it signs get their Authority Key Identifier.</summary>
    public bool? SetSubjectKeyId { get; init; }

    /// <summary>Key usages and extended key usages (<see cref="CertificateUse"/>).</summary>
    public required IReadOnlyList<string> AllowedUses { get; init; }

    public IReadOnlyList<Expr<string>>? DnsNames { get; init; }

    public IReadOnlyList<Expr<string>>? IpAddresses { get; init; }
}

/// <summary>A certificate signed by its own key: a certificate authority's root.</summary>
public sealed class SelfSignedCert(Scope scope, string id, SelfSignedCertArgs args, ResourceOptions? options = null)
    : Resource<SelfSignedCertArgs>(scope, id, "tls:index/selfSignedCert:SelfSignedCert", args, options)
{
    /// <summary>The certificate in PEM; public.</summary>
    public Output<string> CertPem => Output<string>("certPem");
}
