using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/subnet:Subnet</c>, with the provider's property names.</summary>
public sealed record SubnetArgs
{
    public required Expr<string> VpcId { get; init; }

    public Expr<string>? CidrBlock { get; init; }

    /// <summary>The zone by name (<c>eu-west-1a</c>).</summary>
    public Expr<string>? AvailabilityZone { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A subnet of a VPC in one availability zone.</summary>
public sealed class Subnet(Scope scope, string id, SubnetArgs args, ResourceOptions? options = null)
    : Resource<SubnetArgs>(scope, id, "aws:ec2/subnet:Subnet", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    public Output<string> CidrBlock => Output<string>("cidrBlock");

    public Output<string> AvailabilityZone => Output<string>("availabilityZone");
}
