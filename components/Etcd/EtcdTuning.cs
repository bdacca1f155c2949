namespace Infra.Etcd;

/// <summary>
/// etcd's timing, size and maintenance settings, derived from the cluster's expected node count
/// (<see cref="For"/>). Every value is a real etcd 3.6 flag or feature gate; unset upstream defaults are written out
/// anyway so a member's command line says everything it runs with.
/// </summary>
public sealed record EtcdTuning
{
    /// <summary>From this many nodes the seed's slower heartbeat (500 ms / 2,500 ms, seed 001) applies.</summary>
    public const int LargeClusterNodes = 1_000;

    /// <summary>Live etcd data per node: its Node and Lease objects, ~30 pods at ~20 KiB with managed fields, their endpoint slices and events.</summary>
    public const long LiveBytesPerNode = 1L << 20;

    /// <summary>
    /// Room for what the database holds beyond live data: revisions kept between compactions (about
    /// twice the live data at Kubernetes' write rate) and free pages until the next defragmentation (twice again).
    /// </summary>
    public const int QuotaHeadroomFactor = 4;

    /// <summary>etcd's own default quota, and the floor: smaller quotas only trip the NOSPACE alarm sooner.</summary>
    public const long MinimumQuotaBytes = 2L << 30;

    /// <summary>The largest quota etcd's maintainers recommend: beyond it, snapshots, defragmentation and member recovery take too long.</summary>
    public const long MaximumQuotaBytes = 8L << 30;

    /// <summary>
    /// Time between the leader's heartbeats, in ms. Upstream's 100 ms below <see cref="LargeClusterNodes"/>;
    /// 500 ms from there (seed 001): large clusters write large objects (node status, big lists' pages)
    /// whose fsync on the leader can delay a heartbeat past a short election timeout and cause needless
    /// elections, each of which stalls every write and restarts watches.
    /// </summary>
    public required int HeartbeatIntervalMs { get; init; }

    /// <summary>
    /// Time a follower waits without a heartbeat before calling an election, in ms. Rule: between 5x
    /// (etcd refuses less) and 10x the heartbeat: 10x (upstream's 1,000 ms) where the heartbeat is short,
    /// 5x (the seed's 2,500 ms) at 500 ms so a dead leader is still replaced within 2.5 s.
    /// </summary>
    public required int ElectionTimeoutMs { get; init; }

    /// <summary>
    /// Database size limit in bytes (etcd raises NOSPACE and refuses writes beyond it): nodes x
    /// <see cref="LiveBytesPerNode"/> x <see cref="QuotaHeadroomFactor"/>, rounded up to a power-of-two
    /// GiB within [<see cref="MinimumQuotaBytes"/>, <see cref="MaximumQuotaBytes"/>]: 2 GiB up to 512 nodes,
    /// 4 GiB up to 1,024, 8 GiB beyond.
    /// </summary>
    public required long QuotaBackendBytes { get; init; }

    /// <summary>
    /// Committed entries between snapshots; the leader keeps the entries since the last one in memory.
    /// 100,000 (etcd 3.5's default) below <see cref="LargeClusterNodes"/>; 10,000 from there: node leases alone
    /// renew 100 times a second at 1,000 nodes, and 100,000 entries of multi-KiB objects is a gigabyte of Raft log in memory.
    /// etcd 3.6 lowered its own default to 10,000 for that memory (CHANGELOG-3.6, etcd PR #15408); written out
    /// here, so the pinned release's default never changes a member silently.
    /// </summary>
    public required int SnapshotCount { get; init; }

    /// <summary>
    /// <c>periodic</c>: compact by age, not by revision count, so the history kept does not shrink
    /// when the write rate grows with the cluster.
    /// </summary>
    public string AutoCompactionMode { get; init; } = "periodic";

    /// <summary>
    /// One hour of history. kube-apiserver already compacts every 5 minutes (its default
    /// <c>--etcd-compaction-interval</c>), which keeps history short for watch caches; etcd's own
    /// compaction is the backstop for when no API server runs or one is configured not to compact,
    /// so the database never grows without bound.
    /// </summary>
    public string AutoCompactionRetention { get; init; } = "1h";

    /// <summary>
    /// Upstream's 1.5 MiB: a Kubernetes object (ConfigMap/Secret data up to 1 MiB) plus overhead fits,
    /// and a larger entry would hold up replication (and heartbeats) of everything behind it.
    /// </summary>
    public int MaxRequestBytes { get; init; } = 1_572_864;

    /// <summary>
    /// Check the member's data against its peers before serving, so a member with a corrupted
    /// database never joins with it (<c>--feature-gates=InitialCorruptCheck=true</c>; 3.5's
    /// <c>--experimental-initial-corrupt-check</c>).
    /// </summary>
    public bool InitialCorruptCheck { get; init; } = true;

    /// <summary>
    /// Every 4 hours the leader compares all members' hashes (<c>--corrupt-check-time</c>; 3.5's <c>--experimental-corrupt-check-time</c>):
    /// each pass hashes the whole database, so it runs a few times a day rather than continuously.
    /// </summary>
    public string CorruptCheckTime { get; init; } = "4h";

    /// <summary>
    /// The leader checks followers' hashes at every compaction (<c>--feature-gates=CompactHashCheck=true</c>; 3.5.5's
    /// <c>--experimental-compact-hash-check-enabled</c>): a cheap, incremental check that catches divergence within minutes, not hours.
    /// </summary>
    public bool CompactHashCheck { get; init; } = true;

    /// <summary>
    /// Upstream's 5 s: the shortest interval a client may ping at. kube-apiserver's etcd client pings every 30 s.
    /// </summary>
    public string GrpcKeepaliveMinTime { get; init; } = "5s";

    /// <summary>
    /// 30 s instead of upstream's 2 h: the server pings idle clients so connections of replaced API
    /// servers (and their watches) are released within a minute, matching kube-apiserver's own 30 s keepalive.
    /// </summary>
    public string GrpcKeepaliveInterval { get; init; } = "30s";

    /// <summary>10 s instead of upstream's 20 s: an unanswered ping closes the connection, like kube-apiserver's 10 s client timeout.</summary>
    public string GrpcKeepaliveTimeout { get; init; } = "10s";

    /// <summary>
    /// 5 s (kubeadm's value): watches get progress notifications, which kube-apiserver needs to serve
    /// consistent lists from its watch cache instead of from etcd (<c>--watch-progress-notify-interval</c>; 3.5's
    /// <c>--experimental-watch-progress-notify-interval</c>).
    /// </summary>
    public string WatchProgressNotifyInterval { get; init; } = "5s";

    /// <summary>
    /// The tuning for a cluster of <paramref name="expectedNodes"/> nodes (see each property for its rule).
    /// </summary>
    public static EtcdTuning For(int expectedNodes)
    {
        if (expectedNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedNodes), expectedNodes, $"expected nodes {expectedNodes} is not a cluster size: give the planned node count (at least 1).");
        }

        var large = expectedNodes >= LargeClusterNodes;
        return new EtcdTuning
        {
            HeartbeatIntervalMs = large ? 500 : 100,
            ElectionTimeoutMs = large ? 2_500 : 1_000,
            QuotaBackendBytes = QuotaFor(expectedNodes),
            SnapshotCount = large ? 10_000 : 100_000,
        };
    }

    /// <summary>Refuses timings etcd would refuse (or that could not survive a slow disk), naming the fix.</summary>
    internal void Validate()
    {
        if (HeartbeatIntervalMs < 10)
        {
            throw new ArgumentException($"etcd heartbeat interval {HeartbeatIntervalMs} ms is too short for any disk: use 100 ms or more.", nameof(HeartbeatIntervalMs));
        }

        if (ElectionTimeoutMs < 5 * HeartbeatIntervalMs || ElectionTimeoutMs > 10 * HeartbeatIntervalMs)
        {
            throw new ArgumentException(
                $"etcd election timeout {ElectionTimeoutMs} ms with heartbeat {HeartbeatIntervalMs} ms: use 5x to 10x the heartbeat ({5 * HeartbeatIntervalMs} to {10 * HeartbeatIntervalMs} ms).",
                nameof(ElectionTimeoutMs));
        }

        if (QuotaBackendBytes is < MinimumQuotaBytes or > MaximumQuotaBytes)
        {
            throw new ArgumentException($"etcd quota {QuotaBackendBytes} bytes: use {MinimumQuotaBytes} (2 GiB) to {MaximumQuotaBytes} (8 GiB).", nameof(QuotaBackendBytes));
        }
    }

    private static long QuotaFor(int expectedNodes)
    {
        var needed = expectedNodes * LiveBytesPerNode * QuotaHeadroomFactor;
        var quota = MinimumQuotaBytes;
        while (quota < needed && quota < MaximumQuotaBytes)
        {
            quota *= 2;
        }

        return quota;
    }
}
