namespace Infra.Etcd;

/// <summary>
/// The members of one etcd cluster and the strings every member and client is configured with.
/// Validated at construction: an odd count from 3 to 7 (an even count tolerates no more failures than
/// the odd count below it, and beyond 7 every write waits on too many acknowledgements), three only for
/// development, unique names and endpoints, and outside development no zone holding a quorum, so losing
/// any one zone leaves a majority.
/// </summary>
public sealed class EtcdClusterLayout
{
    /// <summary>The fewest members of a production cluster: five survive two failures.</summary>
    public const int ProductionMinimum = 5;

    public EtcdClusterLayout(string token, IReadOnlyList<EtcdMember> members, bool development)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(members);
        Token = token;
        Members = members;
        Development = development;
        Validate();
    }

    /// <summary>The cluster's <c>--initial-cluster-token</c>.</summary>
    public string Token { get; }

    /// <summary>The members, in name order as laid out.</summary>
    public IReadOnlyList<EtcdMember> Members { get; }

    public bool Development { get; }

    /// <summary>Writes need acknowledgements from this many members.</summary>
    public int Quorum => (Members.Count / 2) + 1;

    /// <summary>Members that may fail while writes still succeed.</summary>
    public int FailuresTolerated => Members.Count - Quorum;

    /// <summary><c>--initial-cluster</c>: <c>name=peer-url</c> for every member, comma-separated.</summary>
    public string InitialCluster => string.Join(',', Members.Select(m => $"{m.Name}={m.PeerUrl}"));

    /// <summary>Every member's client URL, comma-separated: the API server's <c>--etcd-servers</c>, etcdctl's <c>--endpoints</c>.</summary>
    public string ClientEndpoints => string.Join(',', Members.Select(m => m.ClientUrl));

    public EtcdMember Member(string name) =>
        Members.SingleOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"etcd member '{name}' is not in cluster '{Token}': use one of {string.Join(", ", Members.Select(m => m.Name))}.", nameof(name));

    /// <summary>
    /// Lays out <see cref="EtcdClusterArgs.Members"/> members round-robin over the zones, which is as even
    /// as possible (five over three zones: 2/2/1). Names are ordinal letters (<c>etcd-a</c> is the first
    /// member, not the member in zone a) so a member keeps its name and DNS name when it is replaced.
    /// </summary>
    public static EtcdClusterLayout Spread(EtcdClusterArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Zones.Count == 0)
        {
            throw new ArgumentException($"etcd cluster '{args.Name}' has no zones: give the availability zones its members spread over.", nameof(args));
        }

        if (args.Members is < 1 or > 26)
        {
            throw new ArgumentException($"etcd cluster '{args.Name}' asks for {args.Members} members: use 5 (or 3 for development, 7 at most).", nameof(args));
        }

        var members = Enumerable.Range(0, args.Members)
            .Select(i =>
            {
                var name = $"{args.Name}-{(char)('a' + i)}";
                return new EtcdMember(name, $"{name}.{args.DnsDomain}", args.Zones[i % args.Zones.Count], args.Ports);
            })
            .ToList();
        return new EtcdClusterLayout(args.Name, members, args.Development);
    }

    private void Validate()
    {
        var count = Members.Count;
        if (count is < 3 or > 7 || count % 2 == 0)
        {
            throw new ArgumentException($"etcd cluster '{Token}' has {count} members: use an odd count from 3 to 7 (5 for production).", "members");
        }

        if (count < ProductionMinimum && !Development)
        {
            throw new ArgumentException($"etcd cluster '{Token}' has {count} members, which survives one failure only: use {ProductionMinimum}, or mark the cluster as development.", "members");
        }

        var duplicateName = Members.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null)
        {
            throw new ArgumentException($"etcd cluster '{Token}' names two members '{duplicateName.Key}': give every member its own name.", "members");
        }

        var duplicateEndpoint = Members
            .SelectMany(m => new[] { m.Ports.Client, m.Ports.Peer, m.Ports.Metrics }.Select(port => $"{m.Host}:{port}"))
            .GroupBy(endpoint => endpoint, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicateEndpoint is not null)
        {
            throw new ArgumentException($"etcd cluster '{Token}' listens twice on {duplicateEndpoint.Key}: give members on one host distinct ports.", "members");
        }

        var fullestZone = Members.GroupBy(m => m.Zone, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        if (fullestZone.Count() >= Quorum && !Development)
        {
            throw new ArgumentException($"etcd cluster '{Token}' puts {fullestZone.Count()} of {count} members in zone {fullestZone.Key}, a quorum: losing that zone stops every write; spread the members over at least three zones.", "members");
        }
    }
}
