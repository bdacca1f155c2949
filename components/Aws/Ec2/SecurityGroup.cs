using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>
/// Args of <c>aws:ec2/securityGroup:SecurityGroup</c>. Rules are separate resources
/// (<see cref="Infra.Aws.Vpc.SecurityGroupIngressRule"/>, <see cref="Infra.Aws.Vpc.SecurityGroupEgressRule"/>):
/// inline rules and separate rules fight over the same group.
/// </summary>
public sealed record SecurityGroupArgs
{
    public required Expr<string> VpcId { get; init; }

    /// <summary>Why the group exists; AWS cannot change it without replacing the group.</summary>
    public required Expr<string> Description { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A security group.</summary>
public sealed class SecurityGroup(Scope scope, string id, SecurityGroupArgs args, ResourceOptions? options = null)
    : Resource<SecurityGroupArgs>(scope, id, "aws:ec2/securityGroup:SecurityGroup", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
