using Infra.Model;

namespace Infra.Aws.Kms;

/// <summary>Args of <c>aws:kms/key:Key</c>, with the provider's property names.</summary>
public sealed record KeyArgs
{
    public string? Description { get; init; }

    /// <summary>Yearly rotation of the key material; old material stays available for decryption.</summary>
    public bool? EnableKeyRotation { get; init; }

    /// <summary>Days (7-30) a deleted key waits before it is gone, and with it every object it encrypted.</summary>
    public int? DeletionWindowInDays { get; init; }

    /// <summary>The key policy (JSON), e.g. <see cref="KeyPolicyDocument"/>; unset, AWS's default lets every principal IAM allows use the key.</summary>
    public Expr<string>? Policy { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A customer managed KMS key.</summary>
public sealed class Key(Scope scope, string id, KeyArgs args, ResourceOptions? options = null)
    : Resource<KeyArgs>(scope, id, "aws:kms/key:Key", args, options)
{
    public Output<string> Arn => Output<string>("arn");

    public Output<string> KeyId => Output<string>("keyId");
}
