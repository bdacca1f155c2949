using Infra.Model;

namespace Infra.Tls;

/// <summary>Args of <c>tls:index/certRequest:CertRequest</c>, with the provider's property names.</summary>
public sealed record CertRequestArgs
{
    /// <summary>The key the certificate will certify (the regular input, not the write-only <c>privateKeyPemWo</c> variant).</summary>
    public required Expr<string> PrivateKeyPem { get; init; }

    public CertificateSubject? Subject { get; init; }

    public IReadOnlyList<Expr<string>>? DnsNames { get; init; }

    public IReadOnlyList<Expr<string>>? IpAddresses { get; init; }
}

/// <summary>A certificate signing request: subject, names and public key, for a <see cref="LocallySignedCert"/> to sign.</summary>
public sealed class CertRequest(Scope scope, string id, CertRequestArgs args, ResourceOptions? options = null)
    : Resource<CertRequestArgs>(scope, id, "tls:index/certRequest:CertRequest", args, options)
{
    public Output<string> CertRequestPem => Output<string>("certRequestPem");
}
