using Infra.Model;

namespace Infra.Aws.Kms;

/// <summary>Args of <c>aws:kms/key:Key</c>, with the provider's property names.</summary>
public sealed record KeyArgs
{
    public Expr<string>? Description { get; init; }

    /// <summary>Yearly rotation of the key material; old material stays to decrypt what it encrypted.</summary>
    public bool? EnableKeyRotation { get; init; }

    /// <summary>Days between a delete and the key's destruction (7 to 30), during which it can be restored.</summary>
    public int? DeletionWindowInDays { get; init; }

    /// <summary>The key policy as JSON; unset: AWS's default, which lets IAM policies of the account grant use of the key.</summary>
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
