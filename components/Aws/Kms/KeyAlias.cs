using Infra.Model;

namespace Infra.Aws.Kms;

/// <summary>Args of <c>aws:kms/alias:Alias</c>, with the provider's property names.</summary>
public sealed record KeyAliasArgs
{
    /// <summary>Starts with <c>alias/</c>; unique per account and region.</summary>
    public required Expr<string> Name { get; init; }

    /// <summary>The key's id or ARN.</summary>
    public required Expr<string> TargetKeyId { get; init; }
}

/// <summary>A KMS alias (the SDK class <c>Alias</c>; renamed because Alias is a keyword in VB): a readable name for a KMS key, shown in consoles and usable in place of its id.</summary>
public sealed class KeyAlias(Scope scope, string id, KeyAliasArgs args, ResourceOptions? options = null)
    : Resource<KeyAliasArgs>(scope, id, "aws:kms/alias:Alias", args, options)
{
    public Output<string> Arn => Output<string>("arn");
}
