using Infra.Aws.Ssm;
using Infra.Model;

namespace Infra.Pki;

/// <summary>
/// A certificate and its key, also stored as SecureString parameters: what an instance fetches at
/// boot (by name, or with the whole path of its reader, see <see cref="PkiPaths"/>).
/// </summary>
/// <param name="CertPem">The certificate in PEM; public (kubeconfigs and cloud-init may carry it).</param>
/// <param name="PrivateKeyPem">The key in PEM; a secret output, for a secret stack output such as the admin kubeconfig.</param>
/// <param name="CertParameter">The parameter holding the certificate.</param>
/// <param name="KeyParameter">The parameter holding the key.</param>
/// <param name="IssuerCertParameter">The issuing CA's certificate, stored beside the credential so its reader's path holds everything it needs; null for CAs and operator credentials.</param>
public sealed record StoredCredential(
    Expr<string> CertPem,
    Expr<string> PrivateKeyPem,
    Parameter CertParameter,
    Parameter KeyParameter,
    Parameter? IssuerCertParameter)
{
    /// <summary>The certificate's parameter name, as a reference: an instance reading it is created after the parameter.</summary>
    public Expr<string> CertParameterName => CertParameter.ParameterName;

    /// <summary>The key's parameter name, as a reference: an instance reading it is created after the parameter.</summary>
    public Expr<string> KeyParameterName => KeyParameter.ParameterName;
}
