using Infra.Aws.Kms;
using Infra.Aws.Ssm;
using Infra.Model;

namespace Infra.Pki;

/// <summary>Writes the PKI's certificates and keys as SecureString parameters, all encrypted with one KMS key and tagged alike.</summary>
internal sealed class SecureParameterStore(Key encryptionKey, IReadOnlyDictionary<string, Expr<string>> tags)
{
    /// <summary>Standard: a PEM certificate or ECDSA key is well under its 4 KB limit, and Standard parameters cost nothing.</summary>
    private const string Tier = "Standard";

    /// <summary>
    /// Stores <paramref name="credential"/> as <c>{path}/{stem}.crt</c> and <c>{path}/{stem}.key</c> (the file
    /// names kubeadm and etcd use), with parameters declared under <paramref name="scope"/>.
    /// </summary>
    public StoredCredential Store(Scope scope, string path, string stem, ICertifiedKey credential, string description, IssuerCopy? issuerCopy = null) => new(
        credential.CertPem,
        credential.PrivateKeyPem,
        Put(scope, "cert-parameter", $"{path}/{stem}.crt", credential.CertPem, $"{description}: certificate"),
        Put(scope, "key-parameter", $"{path}/{stem}.key", credential.PrivateKeyPem, $"{description}: private key"),
        issuerCopy is { } copy ? Put(scope, "issuer-cert-parameter", $"{path}/{copy.RelativeName}", copy.Issuer.CertPem, $"{description}: issuing CA certificate") : null);

    /// <summary>
    /// One SecureString parameter. The value is a reference to a secret output (the TLS provider marks
    /// keys secret) or a public certificate; <c>additionalSecretOutputs</c> keeps the state's copy of the
    /// value secret either way.
    /// </summary>
    public Parameter Put(Scope scope, string id, string name, Expr<string> value, string description) =>
        new(scope, id, new ParameterArgs
        {
            Name = name,
            Type = ParameterType.SecureString,
            Value = value,
            KeyId = encryptionKey.Arn,
            Tier = Tier,
            Description = description,
            Tags = tags,
        }, new ResourceOptions { AdditionalSecretOutputs = ["value"] });
}
