using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/natGateway:NatGateway</c> (zonal, public), with the provider's property names.</summary>
public sealed record NatGatewayArgs
{
    /// <summary>The public subnet the gateway sits in.</summary>
    public required Expr<string> SubnetId { get; init; }

    /// <summary>The Elastic IP's allocation id: the gateway's public address.</summary>
    public required Expr<string> AllocationId { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A NAT gateway: outbound internet access for private subnets.</summary>
public sealed class NatGateway(Scope scope, string id, NatGatewayArgs args, ResourceOptions? options = null)
    : Resource<NatGatewayArgs>(scope, id, "aws:ec2/natGateway:NatGateway", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> PublicIp => Output<string>("publicIp");
}
