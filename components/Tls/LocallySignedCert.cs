using Infra.Model;

namespace Infra.Tls;

/// <summary>Args of <c>tls:index/locallySignedCert:LocallySignedCert</c>, with the provider's property names.</summary>
public sealed record LocallySignedCertArgs
{
    public required Expr<string> CertRequestPem { get; init; }

    /// <summary>The CA's key (the regular input, not the write-only <c>caPrivateKeyPemWo</c> variant).</summary>
    public required Expr<string> CaPrivateKeyPem { get; init; }

    public required Expr<string> CaCertPem { get; init; }

    public required int ValidityPeriodHours { get; init; }

    /// <summary>Hours before expiry from which a <c>pulumi up</c> replaces the certificate; unset: only once expired.</summary>
    public int? EarlyRenewalHours { get; init; }

    public bool? IsCaCertificate { get; init; }

    /// <summary>Key usages and extended key usages (<see cref="CertificateUse"/>).</summary>
    public required IReadOnlyList<string> AllowedUses { get; init; }
}

/// <summary>A certificate issued by a CA whose key this program holds.</summary>
public sealed class LocallySignedCert(Scope scope, string id, LocallySignedCertArgs args, ResourceOptions? options = null)
    : Resource<LocallySignedCertArgs>(scope, id, "tls:index/locallySignedCert:LocallySignedCert", args, options)
{
    /// <summary>The certificate in PEM; public.</summary>
    public Output<string> CertPem => Output<string>("certPem");
}
