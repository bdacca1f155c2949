using Infra.Network;

namespace Infra.Stacks.Config;

/// <summary>Adopt mode: build the cluster in a VPC that already exists instead of creating one.
/// Subnet lists are in the order of <see cref="StackConfig.AvailabilityZones"/>, one private subnet per zone.</summary>
public sealed record ExistingVpcConfig
{
    /// <summary><c>vpc-</c> followed by 8 or 17 hex digits.</summary>
    public required string VpcId { get; init; }

    /// <summary>Subnets for internet-facing load balancers; empty when the cluster is internal only.</summary>
    public required EquatableList<string> PublicSubnetIds { get; init; }

    /// <summary>Subnets for nodes and the API load balancer, one per availability zone.</summary>
    public required EquatableList<string> PrivateSubnetIds { get; init; }

    /// <summary>Each private subnet's range, in the same order: etcd members take fixed addresses in them.</summary>
    public required EquatableList<Ipv4Cidr> PrivateSubnetCidrs { get; init; }

    /// <summary>Interface endpoints the VPC already has (service suffixes such as <c>ssm</c>): the stack does not create them.</summary>
    public EquatableList<string> ExistingEndpoints { get; init; } = new([]);
}
