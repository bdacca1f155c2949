using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/vpcEndpoint:VpcEndpoint</c>, with the provider's property names.</summary>
public sealed record VpcEndpointArgs
{
    public required Expr<string> VpcId { get; init; }

    /// <summary>e.g. <c>com.amazonaws.eu-west-1.s3</c>.</summary>
    public required Expr<string> ServiceName { get; init; }

    /// <summary><c>Gateway</c> or <c>Interface</c> (see <see cref="VpcEndpointType"/>).</summary>
    public required Expr<string> VpcEndpointType { get; init; }

    /// <summary>Gateway endpoints: the route tables that get a route to the service's prefix list.</summary>
    public IReadOnlyList<Expr<string>>? RouteTableIds { get; init; }

    /// <summary>Interface endpoints: one network interface per subnet.</summary>
    public IReadOnlyList<Expr<string>>? SubnetIds { get; init; }

    public IReadOnlyList<Expr<string>>? SecurityGroupIds { get; init; }

    /// <summary>Interface endpoints: resolve the service's public name to the endpoint inside the VPC.</summary>
    public bool? PrivateDnsEnabled { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>The provider's values of <see cref="VpcEndpointArgs.VpcEndpointType"/>.</summary>
public static class VpcEndpointType
{
    public const string Gateway = "Gateway";
    public const string Interface = "Interface";
}

/// <summary>A VPC endpoint: private access to an AWS service without NAT.</summary>
public sealed class VpcEndpoint(Scope scope, string id, VpcEndpointArgs args, ResourceOptions? options = null)
    : Resource<VpcEndpointArgs>(scope, id, "aws:ec2/vpcEndpoint:VpcEndpoint", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>Gateway endpoints: the service's prefix list, usable as a security group rule peer.</summary>
    public Output<string> PrefixListId => Output<string>("prefixListId");
}
