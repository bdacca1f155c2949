using Infra.Aws.Ssm;
using Infra.Model;

namespace Infra.Pki;

/// <summary>A key pair without a certificate (the service account signing key), also stored as SecureString parameters.</summary>
/// <param name="PublicKeyPem">The public key in PEM (PKIX): the API server verifies tokens with it.</param>
/// <param name="PrivateKeyPem">The private key in PEM; a secret output.</param>
/// <param name="PublicKeyParameter">The parameter holding the public key.</param>
/// <param name="PrivateKeyParameter">The parameter holding the private key.</param>
public sealed record StoredKeyPair(Expr<string> PublicKeyPem, Expr<string> PrivateKeyPem, Parameter PublicKeyParameter, Parameter PrivateKeyParameter);
