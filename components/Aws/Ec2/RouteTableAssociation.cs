using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/routeTableAssociation:RouteTableAssociation</c>.</summary>
public sealed record RouteTableAssociationArgs
{
    public required Expr<string> RouteTableId { get; init; }

    public required Expr<string> SubnetId { get; init; }
}

/// <summary>Makes a subnet use a route table.</summary>
public sealed class RouteTableAssociation(Scope scope, string id, RouteTableAssociationArgs args, ResourceOptions? options = null)
    : Resource<RouteTableAssociationArgs>(scope, id, "aws:ec2/routeTableAssociation:RouteTableAssociation", args, options)
{
    public Output<string> Id => Output<string>("id");
}
