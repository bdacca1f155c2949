using Infra.Model;

namespace Infra.Aws.Route53;

/// <summary>Args of <c>aws:route53/record:Record</c>, with the provider's property names.</summary>
public sealed record RecordArgs
{
    public required Expr<string> ZoneId { get; init; }

    /// <summary>The full record name, e.g. <c>etcd-a.etcd.prod.internal</c>.</summary>
    public required string Name { get; init; }

    /// <summary>"A", "AAAA", "CNAME", ...</summary>
    public required string Type { get; init; }

    /// <summary>Seconds resolvers may cache the answer.</summary>
    public int? Ttl { get; init; }

    public IReadOnlyList<Expr<string>>? Records { get; init; }

    /// <summary>Answer with another AWS resource's addresses (e.g. a load balancer's) instead of <see cref="Records"/>; no TTL then.</summary>
    public IReadOnlyList<RecordAlias>? Aliases { get; init; }
}

/// <summary>An alias target: a load balancer's DNS name and its hosted zone.</summary>
public sealed record RecordAlias
{
    public required Expr<string> Name { get; init; }

    public required Expr<string> ZoneId { get; init; }

    /// <summary>Whether Route 53 answers only while the target is healthy; for a load balancer, while any zone has a healthy target.</summary>
    public required bool EvaluateTargetHealth { get; init; }
}

/// <summary>A DNS record in a Route 53 hosted zone.</summary>
public sealed class Record(Scope scope, string id, RecordArgs args, ResourceOptions? options = null)
    : Resource<RecordArgs>(scope, id, "aws:route53/record:Record", args, options);
