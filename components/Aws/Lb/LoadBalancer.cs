using Infra.Model;

namespace Infra.Aws.Lb;

/// <summary>Args of <c>aws:lb/loadBalancer:LoadBalancer</c>, with the provider's property names.</summary>
public sealed record LoadBalancerArgs
{
    /// <summary>At most 32 letters, digits and hyphens, unique per region and account; changing it replaces the load balancer.</summary>
    public Expr<string>? Name { get; init; }

    /// <summary>True: only addresses inside the VPC reach it (its DNS name resolves to private addresses).</summary>
    public bool? Internal { get; init; }

    /// <summary><c>application</c>, <c>network</c> or <c>gateway</c>.</summary>
    public string? LoadBalancerType { get; init; }

    /// <summary>One subnet per zone the load balancer serves.</summary>
    public IReadOnlyList<Expr<string>>? Subnets { get; init; }

    /// <summary>Security groups of the load balancer; a network load balancer created without any can never get one.</summary>
    public IReadOnlyList<Expr<string>>? SecurityGroups { get; init; }

    public bool? EnableCrossZoneLoadBalancing { get; init; }

    public bool? EnableDeletionProtection { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? Tags { get; init; }
}

/// <summary>An application, network or gateway load balancer.</summary>
public sealed class LoadBalancer(Scope scope, string id, LoadBalancerArgs args, ResourceOptions? options = null)
    : Resource<LoadBalancerArgs>(scope, id, "aws:lb/loadBalancer:LoadBalancer", args, options)
{
    public Output<string> Arn => Output<string>("arn");

    public Output<string> DnsName => Output<string>("dnsName");

    /// <summary>The Route 53 hosted zone of <see cref="DnsName"/>, for alias records.</summary>
    public Output<string> ZoneId => Output<string>("zoneId");
}
