using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/vpc:Vpc</c>, with the provider's property names.</summary>
public sealed record VpcArgs
{
    public required Expr<string> CidrBlock { get; init; }

    public bool? EnableDnsHostnames { get; init; }

    public bool? EnableDnsSupport { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A VPC.</summary>
public sealed class Vpc(Scope scope, string id, VpcArgs args, ResourceOptions? options = null)
    : Resource<VpcArgs>(scope, id, "aws:ec2/vpc:Vpc", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    public Output<string> CidrBlock => Output<string>("cidrBlock");
}
