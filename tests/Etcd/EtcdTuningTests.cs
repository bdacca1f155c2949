using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdTuningTests
{
    private const long GiB = 1L << 30;

    [Theory]
    [InlineData(10)]
    [InlineData(999)]
    public void Clusters_below_a_thousand_nodes_keep_etcds_default_timing(int nodes)
    {
        var tuning = EtcdTuning.For(nodes);

        Assert.Equal((100, 1_000), (tuning.HeartbeatIntervalMs, tuning.ElectionTimeoutMs));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void From_a_thousand_nodes_the_seeds_slower_heartbeat_applies(int nodes)
    {
        var tuning = EtcdTuning.For(nodes);

        Assert.Equal((500, 2_500), (tuning.HeartbeatIntervalMs, tuning.ElectionTimeoutMs));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void The_election_timeout_is_five_to_ten_heartbeats(int nodes)
    {
        var tuning = EtcdTuning.For(nodes);

        Assert.InRange(tuning.ElectionTimeoutMs, 5 * tuning.HeartbeatIntervalMs, 10 * tuning.HeartbeatIntervalMs);
    }

    [Theory]
    [InlineData(10, 2)]
    [InlineData(512, 2)]
    [InlineData(513, 4)]
    [InlineData(1_000, 4)]
    [InlineData(1_025, 8)]
    public void The_quota_covers_four_mebibytes_per_node_in_power_of_two_gibibytes(int nodes, long gibibytes)
    {
        var tuning = EtcdTuning.For(nodes);

        Assert.Equal(gibibytes * GiB, tuning.QuotaBackendBytes);
        Assert.True(tuning.QuotaBackendBytes >= Math.Min(nodes * EtcdTuning.LiveBytesPerNode * EtcdTuning.QuotaHeadroomFactor, EtcdTuning.MaximumQuotaBytes));
    }

    [Fact]
    public void The_quota_never_exceeds_the_recommended_eight_gibibytes()
    {
        Assert.Equal(EtcdTuning.MaximumQuotaBytes, EtcdTuning.For(5_000).QuotaBackendBytes);
    }

    [Fact]
    public void Large_clusters_snapshot_ten_times_as_often_to_bound_the_in_memory_log()
    {
        Assert.Equal(EtcdTuning.For(999).SnapshotCount / 10, EtcdTuning.For(1_000).SnapshotCount);
    }

    [Fact]
    public void A_cluster_without_nodes_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EtcdTuning.For(0));
    }

    [Fact]
    public void An_election_timeout_under_five_heartbeats_is_refused_with_the_range_to_use()
    {
        var tuning = EtcdTuning.For(1_000) with { ElectionTimeoutMs = 2_000 };

        var error = Assert.Throws<ArgumentException>(tuning.Validate);

        Assert.Contains("2500 to 5000 ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quota_beyond_eight_gibibytes_is_refused()
    {
        var tuning = EtcdTuning.For(5_000) with { QuotaBackendBytes = 16 * GiB };

        Assert.Throws<ArgumentException>(tuning.Validate);
    }
}
