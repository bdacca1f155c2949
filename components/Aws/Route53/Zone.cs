using Infra.Model;

namespace Infra.Aws.Route53;

/// <summary>Args of <c>aws:route53/zone:Zone</c>, with the provider's property names.</summary>
public sealed record ZoneArgs
{
    /// <summary>The domain, e.g. <c>etcd.prod.internal</c>.</summary>
    public required string Name { get; init; }

    public string? Comment { get; init; }

    /// <summary>Set for a private hosted zone: the VPCs that resolve it.</summary>
    public IReadOnlyList<ZoneVpc>? Vpcs { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>A VPC a private hosted zone is associated with.</summary>
public sealed record ZoneVpc
{
    public required Expr<string> VpcId { get; init; }
}

/// <summary>A Route 53 hosted zone.</summary>
public sealed class Zone(Scope scope, string id, ZoneArgs args, ResourceOptions? options = null)
    : Resource<ZoneArgs>(scope, id, "aws:route53/zone:Zone", args, options)
{
    public Output<string> ZoneId => Output<string>("zoneId");

    public Output<string> Arn => Output<string>("arn");
}
