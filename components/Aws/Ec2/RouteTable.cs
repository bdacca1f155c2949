using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/routeTable:RouteTable</c>; routes are separate <see cref="Route"/> resources.</summary>
public sealed record RouteTableArgs
{
    public required Expr<string> VpcId { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A route table.</summary>
public sealed class RouteTable(Scope scope, string id, RouteTableArgs args, ResourceOptions? options = null)
    : Resource<RouteTableArgs>(scope, id, "aws:ec2/routeTable:RouteTable", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");
}
