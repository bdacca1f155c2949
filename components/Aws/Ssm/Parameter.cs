using Infra.Model;

namespace Infra.Aws.Ssm;

/// <summary>Args of <c>aws:ssm/parameter:Parameter</c>, with the provider's property names.</summary>
public sealed record ParameterArgs
{
    /// <summary>The full path, e.g. <c>/infra/prod/control-plane/pki/ca.key</c>; IAM grants read on path prefixes.</summary>
    public required Expr<string> Name { get; init; }

    /// <summary><c>String</c>, <c>StringList</c> or <c>SecureString</c> (<see cref="ParameterType"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The value (the regular input, not the write-only <c>valueWo</c> variant, so changes are detected).</summary>
    public required Expr<string> Value { get; init; }

    /// <summary>For SecureString: the KMS key that encrypts the value; unset: the AWS managed <c>aws/ssm</c> key.</summary>
    public Expr<string>? KeyId { get; init; }

    /// <summary><c>Standard</c> (up to 4 KB, free) or <c>Advanced</c> (up to 8 KB, billed per parameter).</summary>
    public string? Tier { get; init; }

    public Expr<string>? Description { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An SSM Parameter Store parameter: how instances receive values that must not sit in user data.</summary>
public sealed class Parameter(Scope scope, string id, ParameterArgs args, ResourceOptions? options = null)
    : Resource<ParameterArgs>(scope, id, "aws:ssm/parameter:Parameter", args, options)
{
    public Output<string> ParameterName => Output<string>("name");

    public Output<string> Arn => Output<string>("arn");
}
