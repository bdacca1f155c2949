using Infra.Model;

namespace Infra.Aws.Kms;

/// <summary>Args of <c>aws:kms/keyPolicy:KeyPolicy</c>, with the provider's property names.</summary>
public sealed record KeyPolicyArgs
{
    /// <summary>The key's id or ARN.</summary>
    public required Expr<string> KeyId { get; init; }

    /// <summary>The key policy (JSON), e.g. <see cref="KeyPolicyDocument"/>.</summary>
    public required Expr<string> Policy { get; init; }
}

/// <summary>
/// A key's policy as a resource of its own: for keys whose users are roles declared after the key (etcd
/// members, for the backup key they write with), so the policy can name them once they exist.
/// </summary>
public sealed class KeyPolicy(Scope scope, string id, KeyPolicyArgs args, ResourceOptions? options = null)
    : Resource<KeyPolicyArgs>(scope, id, "aws:kms/keyPolicy:KeyPolicy", args, options);
