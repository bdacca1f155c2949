using Infra.Aws.Route53;
using Infra.Model;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// The cluster's private hosted zone (<see cref="ClusterDomain.For"/>), answering inside its VPC only: etcd
/// members (<c>etcd-a.&lt;domain&gt;</c>, <c>etcd-events-a.&lt;domain&gt;</c>) and the API (<c>api.&lt;domain&gt;</c>).
/// One zone for all: a VPC cannot be associated with two private zones of the same name, so the main and
/// events etcd clusters and the API share it.
/// </summary>
public sealed class ClusterZone : Component
{
    public ClusterZone(Scope parent, string id, ClusterZoneArgs args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        Domain = ClusterDomain.For(args.ClusterName);
        Zone = new Zone(Scope, "zone", new ZoneArgs
        {
            Name = Domain,
            Comment = $"Private names of cluster {args.ClusterName}: etcd members and the API",
            Vpcs = [new ZoneVpc { VpcId = args.VpcId }],
            Tags = args.Tags,
        });
    }

    /// <summary>The zone's domain, <c>&lt;cluster&gt;.k8s.internal</c>.</summary>
    public string Domain { get; }

    public Zone Zone { get; }

    public Output<string> ZoneId => Zone.ZoneId;
}

/// <summary>Args of <see cref="ClusterZone"/>.</summary>
public sealed record ClusterZoneArgs
{
    /// <summary>The cluster's name: the zone is <c>&lt;name&gt;.k8s.internal</c>.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The VPC the zone answers in.</summary>
    public required Expr<string> VpcId { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center).</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }
}
