using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>Args of <c>aws:iam/role:Role</c>, with the provider's property names.</summary>
public sealed record RoleArgs
{
    /// <summary>The trust policy as JSON (<see cref="PolicyDocument.ToJson"/>).</summary>
    public required Expr<string> AssumeRolePolicy { get; init; }

    /// <summary>At most 64 characters; unique in the account.</summary>
    public Expr<string>? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Detaches policies attached outside this program before deletion, so deletion does not fail.</summary>
    public bool? ForceDetachPolicies { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An IAM role.</summary>
public sealed class Role(Scope scope, string id, RoleArgs args, ResourceOptions? options = null)
    : Resource<RoleArgs>(scope, id, "aws:iam/role:Role", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The role's AWS name (<see cref="Resource.Name"/> is the Pulumi logical name).</summary>
    public Output<string> RoleName => Output<string>("name");
}
