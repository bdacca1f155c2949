namespace Infra.Etcd;

/// <summary>
/// The dedicated EBS volume a member keeps its data directory on (seed 001: "a dedicated SSD"), sized
/// from the cluster's expected nodes and etcd's quota (<see cref="For"/>). Its own volume, not the root
/// disk, so etcd's fsyncs never queue behind logs or package installs, and a separate resource so it
/// survives the instance being replaced. etcd needs about 500 sequential write IOPS with low latency
/// (every commit is an fsync of the WAL); both types below give several times that.
/// </summary>
public sealed record EtcdDataVolume
{
    /// <summary>
    /// From this many nodes, io2: the same size at which <see cref="EtcdTuning"/> slows the heartbeat for
    /// fsync-heavy writes. io2 keeps fsync latency sub-millisecond and steady under load, where gp3's
    /// latency varies more; below it gp3's free baseline is ample and costs a fraction.
    /// </summary>
    public const int ProvisionedIopsFromNodes = EtcdTuning.LargeClusterNodes;

    /// <summary>The smallest volume: the root of a fresh cluster's data fits many times, and a GiB of gp3 costs cents.</summary>
    public const int MinimumSizeGiB = 20;

    /// <summary>
    /// Volume size per GiB of quota: the database up to its quota, a defragmentation's full temporary copy,
    /// the WAL and snapshot files, and the same again as headroom, since running out of disk stops the member.
    /// </summary>
    public const int SizePerQuotaGiB = 4;

    /// <summary>gp3's baseline, included in its price: six times etcd's ~500 fsync IOPS.</summary>
    public const int Gp3Iops = 3_000;

    /// <summary>
    /// gp3's baseline throughput in MiB/s, included in its price and its minimum; snapshots and defragmentation read at most the
    /// quota (8 GiB) in a minute. gp3 is used up to 1,000 nodes, on m6i.large or xlarge, whose EBS baselines (81.25 and 156.25 MB/s)
    /// cap it at bursts; etcd's steady writes are small fsyncs, well within either.
    /// </summary>
    public const int Gp3ThroughputMiBps = 125;

    /// <summary>
    /// io2 IOPS per expected node: each node's lease renewals and status updates make about one write a
    /// second, each write a WAL fsync plus its share of backend commits; 2 per node, never below gp3's 3,000, and
    /// never above the member's EBS baseline (<see cref="EtcdMachineSize.EbsBaselineIops"/>, less the root
    /// volume's share), which is all the instance sustains.
    /// </summary>
    public const int Io2IopsPerNode = 2;

    /// <summary>"gp3" or "io2".</summary>
    public required string Type { get; init; }

    public required int SizeGiB { get; init; }

    public required int Iops { get; init; }

    /// <summary>MiB/s; set for gp3 only (io2 throughput follows its IOPS).</summary>
    public int? ThroughputMiBps { get; init; }

    /// <summary>
    /// IOPS left for the root volume's logs and package installs out of the instance's EBS baseline: gp3's
    /// minimum throughput never matters there, its IOPS do while the data volume is busy.
    /// </summary>
    public const int RootVolumeIopsShare = 600;

    /// <summary>
    /// The volume for a cluster of <paramref name="expectedNodes"/> nodes whose etcd runs with <paramref name="tuning"/>
    /// on <paramref name="machine"/>.
    /// </summary>
    public static EtcdDataVolume For(int expectedNodes, EtcdTuning tuning, EtcdMachineSize machine)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(machine);
        if (expectedNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedNodes), expectedNodes, $"expected nodes {expectedNodes} is not a cluster size: give the planned node count (at least 1).");
        }

        var quotaGiB = (int)(tuning.QuotaBackendBytes >> 30);
        var size = Math.Max(MinimumSizeGiB, quotaGiB * SizePerQuotaGiB);
        return expectedNodes >= ProvisionedIopsFromNodes
            ? new EtcdDataVolume { Type = "io2", SizeGiB = size, Iops = Math.Min(Math.Max(Gp3Iops, expectedNodes * Io2IopsPerNode), machine.EbsBaselineIops - RootVolumeIopsShare) }
            : new EtcdDataVolume { Type = "gp3", SizeGiB = size, Iops = Gp3Iops, ThroughputMiBps = Gp3ThroughputMiBps };
    }
}
