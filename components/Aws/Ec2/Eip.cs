using Infra.Model;

namespace Infra.Aws.Ec2;

/// <summary>Args of <c>aws:ec2/eip:Eip</c>, with the provider's property names.</summary>
public sealed record EipArgs
{
    /// <summary><c>vpc</c> for an address used inside a VPC (v7 removed the boolean <c>vpc</c> property).</summary>
    public Expr<string>? Domain { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An Elastic IP address, e.g. a NAT gateway's public address.</summary>
public sealed class Eip(Scope scope, string id, EipArgs args, ResourceOptions? options = null)
    : Resource<EipArgs>(scope, id, "aws:ec2/eip:Eip", args, options)
{
    /// <summary>The value of <see cref="EipArgs.Domain"/> for addresses used in a VPC.</summary>
    public const string VpcDomain = "vpc";

    public Output<string> Id => Output<string>("id");

    public Output<string> AllocationId => Output<string>("allocationId");

    public Output<string> PublicIp => Output<string>("publicIp");
}
