using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>Args of <c>aws:iam/rolePolicyAttachment:RolePolicyAttachment</c>, with the provider's property names.</summary>
public sealed record RolePolicyAttachmentArgs
{
    /// <summary>The role's name (not its ARN).</summary>
    public required Expr<string> Role { get; init; }

    public required Expr<string> PolicyArn { get; init; }
}

/// <summary>Attaches a managed policy to an IAM role.</summary>
public sealed class RolePolicyAttachment(Scope scope, string id, RolePolicyAttachmentArgs args, ResourceOptions? options = null)
    : Resource<RolePolicyAttachmentArgs>(scope, id, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", args, options)
{
    public Output<string> Id => Output<string>("id");
}
