using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/internetGateway:InternetGateway</c>, with the provider's property names.</summary>
public sealed record InternetGatewayArgs
{
    /// <summary>The VPC to attach to; set here so the attachment is part of the gateway's lifecycle.</summary>
    public Expr<string>? VpcId { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An internet gateway: the route from public subnets to the internet.</summary>
public sealed class InternetGateway(Scope scope, string id, InternetGatewayArgs args, ResourceOptions? options = null)
    : Resource<InternetGatewayArgs>(scope, id, "aws:ec2/internetGateway:InternetGateway", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
