using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/route:Route</c>: one destination and one target.</summary>
public sealed record RouteArgs
{
    public required Expr<string> RouteTableId { get; init; }

    public required Expr<string> DestinationCidrBlock { get; init; }

    /// <summary>An internet gateway target.</summary>
    public Expr<string>? GatewayId { get; init; }

    public Expr<string>? NatGatewayId { get; init; }
}

/// <summary>A route in a route table.</summary>
public sealed class Route(Scope scope, string id, RouteArgs args, ResourceOptions? options = null)
    : Resource<RouteArgs>(scope, id, "aws:ec2/route:Route", args, options)
{
    public Output<string> Id => Output<string>("id");
}
