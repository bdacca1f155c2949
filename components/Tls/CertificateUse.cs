namespace Infra.Tls;

/// <summary>The <c>allowedUses</c> values the TLS provider accepts that our certificates need (key usages and extended key usages).</summary>
public static class CertificateUse
{
    public const string CertSigning = "cert_signing";
    public const string CrlSigning = "crl_signing";
    public const string DigitalSignature = "digital_signature";
    public const string ServerAuth = "server_auth";
    public const string ClientAuth = "client_auth";
}
