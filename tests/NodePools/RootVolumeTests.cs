using Infra.NodePools;

namespace Infra.Tests.NodePools;

public class RootVolumeTests
{
    [Fact]
    public void Default_sized_volumes_stay_at_the_free_gp3_baseline()
    {
        var volume = new RootVolume(100);

        Assert.Equal((RootVolume.BaselineIops, RootVolume.BaselineThroughput), (volume.Iops, volume.Throughput));
    }

    [Fact]
    public void Larger_volumes_buy_iops_and_throughput_in_proportion()
    {
        var volume = new RootVolume(200);

        Assert.Equal(200 * RootVolume.IopsPerGiB, volume.Iops);
        Assert.Equal(RootVolume.BaselineThroughput * 2, volume.Throughput);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(300)]
    [InlineData(16_384)]
    public void Performance_stays_within_gp3_limits(int sizeGiB)
    {
        var volume = new RootVolume(sizeGiB);

        Assert.InRange(volume.Iops, RootVolume.BaselineIops, RootVolume.MaxIops);
        Assert.InRange(volume.Throughput, RootVolume.BaselineThroughput, RootVolume.MaxThroughput);
        Assert.True(volume.Throughput * 4 <= volume.Iops, "gp3 allows at most 0.25 MiB/s per IOPS");
    }
}
