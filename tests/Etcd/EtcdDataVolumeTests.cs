using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdDataVolumeTests
{
    private static EtcdDataVolume For(int nodes)
    {
        var tuning = EtcdTuning.For(nodes);
        return EtcdDataVolume.For(nodes, tuning, EtcdMachineSize.For(nodes, tuning));
    }

    [Fact]
    public void Clusters_below_the_threshold_get_gp3_at_its_free_baseline()
    {
        var volume = For(EtcdDataVolume.ProvisionedIopsFromNodes - 1);

        Assert.Equal("gp3", volume.Type);
        Assert.Equal(EtcdDataVolume.Gp3Iops, volume.Iops);
        Assert.Equal(EtcdDataVolume.Gp3ThroughputMiBps, volume.ThroughputMiBps);
    }

    [Fact]
    public void Clusters_from_the_threshold_get_io2_with_iops_growing_with_nodes()
    {
        var small = For(EtcdDataVolume.ProvisionedIopsFromNodes);
        var large = For(5_000);

        Assert.Equal("io2", small.Type);
        Assert.Null(small.ThroughputMiBps);
        Assert.True(large.Iops > small.Iops, $"{large.Iops} IOPS at 5,000 nodes, {small.Iops} at 1,000");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void The_volume_holds_several_times_the_quota_and_always_more_than_etcds_fsync_needs(int nodes)
    {
        var volume = For(nodes);
        var quotaGiB = EtcdTuning.For(nodes).QuotaBackendBytes >> 30;

        Assert.True(volume.SizeGiB >= quotaGiB * EtcdDataVolume.SizePerQuotaGiB, $"{volume.SizeGiB} GiB for a {quotaGiB} GiB quota");
        Assert.True(volume.Iops >= 500, $"{volume.Iops} IOPS");
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    [InlineData(20_000)]
    public void The_data_volume_never_asks_for_more_iops_than_its_instance_sustains(int nodes)
    {
        var machine = EtcdMachineSize.For(nodes, EtcdTuning.For(nodes));

        Assert.True(For(nodes).Iops + EtcdDataVolume.RootVolumeIopsShare <= machine.EbsBaselineIops, $"{For(nodes).Iops} IOPS on {machine.InstanceType} ({machine.EbsBaselineIops} baseline)");
    }

    [Fact]
    public void Five_thousand_nodes_get_io2_at_two_iops_a_node_on_a_type_whose_baseline_holds_them()
    {
        var volume = For(5_000);

        Assert.Equal(("io2", 10_000, 32), (volume.Type, volume.Iops, volume.SizeGiB));
    }
}
