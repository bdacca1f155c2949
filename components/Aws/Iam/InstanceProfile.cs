using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>Args of <c>aws:iam/instanceProfile:InstanceProfile</c>, with the provider's property names.</summary>
public sealed record InstanceProfileArgs
{
    /// <summary>The role's name (not its ARN); an instance profile holds one role.</summary>
    public required Expr<string> Role { get; init; }

    /// <summary>At most 128 characters; unique in the account.</summary>
    public Expr<string>? Name { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>The container EC2 needs to hand an IAM role to an instance.</summary>
public sealed class InstanceProfile(Scope scope, string id, InstanceProfileArgs args, ResourceOptions? options = null)
    : Resource<InstanceProfileArgs>(scope, id, "aws:iam/instanceProfile:InstanceProfile", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The profile's AWS name (<see cref="Resource.Name"/> is the Pulumi logical name).</summary>
    public Output<string> ProfileName => Output<string>("name");
}
