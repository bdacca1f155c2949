using System.Globalization;

namespace Infra.Etcd;

/// <summary>
/// The instance type of an etcd member for a cluster size, with the EBS baseline its data volume must stay within.
/// Rule: memory is four times etcd's quota (<see cref="EtcdTuning.QuotaBackendBytes"/>), so the whole database
/// stays in page cache with room for a defragmentation's copy and the watchers' memory; cores follow etcd's
/// hardware guidance (etcd.io/docs/v3.6/op-guide/hardware, "Example hardware configurations": m4.large for small
/// clusters, m4.xlarge, m4.2xlarge, and m4.4xlarge, 16 vCPU and 64 GB, for over 1,500 clients and 10,000 requests
/// a second). Seed 001 runs a 1,000-node cluster on five members on "dedicated high-performance SSD" and seed 004
/// on "high-spec SSD machines": the disk, hence the instance's EBS baseline, decides as much as the cores.
/// Baselines are AWS's published EBS-optimized figures for the type (docs.aws.amazon.com/ec2/latest/instancetypes/gp.html,
/// "Amazon EBS specifications"): an instance delivers its maximum only in bursts of 30 minutes a day, so a volume
/// provisioned beyond the baseline pays for IOPS the instance cannot sustain.
/// </summary>
/// <param name="InstanceType">The EC2 instance type.</param>
/// <param name="MemoryGiB">Its memory.</param>
/// <param name="EbsBaselineIops">The IOPS the instance sustains to all its EBS volumes together.</param>
/// <param name="EbsBaselineThroughputMBps">The throughput, in MB/s, the instance sustains to all its EBS volumes together.</param>
public sealed record EtcdMachineSize(string InstanceType, int MemoryGiB, int EbsBaselineIops, double EbsBaselineThroughputMBps)
{
    /// <summary>m6i.large: 2 vCPU, 8 GiB (4x the 2 GiB quota); EBS baseline 3,600 IOPS, 81.25 MB/s. etcd's "small" example.</summary>
    public static EtcdMachineSize Large { get; } = new("m6i.large", 8, 3_600, 81.25);

    /// <summary>m6i.xlarge: 4 vCPU, 16 GiB (4x the 4 GiB quota); EBS baseline 6,000 IOPS, 156.25 MB/s. etcd's "medium" example.</summary>
    public static EtcdMachineSize XLarge { get; } = new("m6i.xlarge", 16, 6_000, 156.25);

    /// <summary>m6i.2xlarge: 8 vCPU, 32 GiB (4x the 8 GiB quota); EBS baseline 12,000 IOPS, 312.5 MB/s. etcd's "large" example.</summary>
    public static EtcdMachineSize X2Large { get; } = new("m6i.2xlarge", 32, 12_000, 312.5);

    /// <summary>m6i.4xlarge: 16 vCPU, 64 GiB; EBS baseline 20,000 IOPS, 625 MB/s. etcd's "xLarge" example, for watch fan-out to many API servers.</summary>
    public static EtcdMachineSize X4Large { get; } = new("m6i.4xlarge", 64, 20_000, 625);

    /// <summary>
    /// From this many nodes, cores rather than memory decide: 3,000 nodes' kubelets, controllers and API servers are
    /// well past etcd's "over 1,500 clients, over 10,000 requests a second" (each node's lease alone renews every 10 s).
    /// </summary>
    public const int WatchFanOutNodes = 3_000;

    /// <summary>
    /// The member size for <paramref name="expectedNodes"/> nodes: the smallest type with 4x <paramref name="tuning"/>'s
    /// quota in memory (m6i.large to 512 nodes, m6i.xlarge to 1,024, m6i.2xlarge beyond), m6i.4xlarge from
    /// <see cref="WatchFanOutNodes"/>.
    /// </summary>
    public static EtcdMachineSize For(int expectedNodes, EtcdTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        if (expectedNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedNodes), expectedNodes, string.Create(CultureInfo.InvariantCulture, $"expected nodes {expectedNodes} is not a cluster size: give the planned node count (at least 1)."));
        }

        if (expectedNodes >= WatchFanOutNodes)
        {
            return X4Large;
        }

        var neededGiB = 4 * (tuning.QuotaBackendBytes >> 30);
        return new[] { Large, XLarge, X2Large }.FirstOrDefault(size => size.MemoryGiB >= neededGiB) ?? X4Large;
    }
}
