using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>Args of <c>aws:iam/rolePolicy:RolePolicy</c> (an inline policy), with the provider's property names.</summary>
public sealed record RolePolicyArgs
{
    /// <summary>The role's name (not its ARN).</summary>
    public required Expr<string> Role { get; init; }

    /// <summary>The policy as JSON (<see cref="PolicyDocument.ToJson"/>).</summary>
    public required Expr<string> Policy { get; init; }

    public Expr<string>? Name { get; init; }
}

/// <summary>An inline policy of an IAM role: it lives and dies with the role.</summary>
public sealed class RolePolicy(Scope scope, string id, RolePolicyArgs args, ResourceOptions? options = null)
    : Resource<RolePolicyArgs>(scope, id, "aws:iam/rolePolicy:RolePolicy", args, options)
{
    public Output<string> Id => Output<string>("id");
}
