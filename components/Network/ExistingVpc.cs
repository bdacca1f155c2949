namespace Infra.Network;

/// <summary>A VPC the cluster joins instead of creating one: its subnets stay owned by whoever made them.</summary>
public sealed record ExistingVpc
{
    /// <summary>e.g. <c>vpc-0abc...</c>.</summary>
    public required string VpcId { get; init; }

    /// <summary>The VPC's primary CIDR, given here so rules that allow "the VPC" are known when compiling.</summary>
    public required string VpcCidr { get; init; }

    /// <summary>One entry per zone, in the order outputs list them.</summary>
    public required IReadOnlyList<ExistingZone> Zones { get; init; }

    /// <summary>
    /// The private subnets' route tables, which get the S3 gateway endpoint's route. Empty (the default)
    /// means "not ours to change": no S3 gateway endpoint is created, S3 traffic keeps its current path.
    /// </summary>
    public IReadOnlyList<string> PrivateRouteTableIds { get; init; } = [];

    /// <summary>Interface endpoints the VPC already has, by service suffix (of <see cref="VpcEndpoints.InterfaceServices"/>):
    /// not created again. Empty (the default): the VPC has none, every one is created.</summary>
    public IReadOnlyList<string> ExistingEndpoints { get; init; } = [];
}
