using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/subnetCidrReservation:SubnetCidrReservation</c>, with the provider's property names (it takes no tags).</summary>
public sealed record SubnetCidrReservationArgs
{
    public required Expr<string> SubnetId { get; init; }

    /// <summary>The reserved range, inside the subnet's.</summary>
    public required Expr<string> CidrBlock { get; init; }

    /// <summary><c>explicit</c>: only addresses assigned by hand come from the range; <c>prefix</c>: AWS assigns prefixes from it.</summary>
    public required Expr<string> ReservationType { get; init; }

    public Expr<string>? Description { get; init; }
}

/// <summary>A range of a subnet that AWS never hands out on its own.</summary>
public sealed class SubnetCidrReservation(Scope scope, string id, SubnetCidrReservationArgs args, ResourceOptions? options = null)
    : Resource<SubnetCidrReservationArgs>(scope, id, "aws:ec2/subnetCidrReservation:SubnetCidrReservation", args, options)
{
    /// <summary>The reservation type whose addresses are assigned only explicitly (an instance's <c>privateIp</c>).</summary>
    public const string Explicit = "explicit";

    public Output<string> Id => Output<string>("id");
}
