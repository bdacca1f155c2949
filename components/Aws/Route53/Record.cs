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
}

/// <summary>A DNS record in a Route 53 hosted zone.</summary>
public sealed class Record(Scope scope, string id, RecordArgs args, ResourceOptions? options = null)
    : Resource<RecordArgs>(scope, id, "aws:route53/record:Record", args, options);
