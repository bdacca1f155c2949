using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdMachineSizeTests
{
    private static EtcdMachineSize For(int nodes) => EtcdMachineSize.For(nodes, EtcdTuning.For(nodes));

    [Theory]
    [InlineData(100, "m6i.large")]
    [InlineData(1_000, "m6i.xlarge")]
    [InlineData(2_000, "m6i.2xlarge")]
    [InlineData(5_000, "m6i.4xlarge")]
    public void A_member_gets_the_type_its_cluster_size_band_names(int nodes, string instanceType) =>
        Assert.Equal(instanceType, For(nodes).InstanceType);

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void A_member_holds_four_times_etcds_quota_in_memory(int nodes)
    {
        var quotaGiB = EtcdTuning.For(nodes).QuotaBackendBytes >> 30;

        Assert.True(For(nodes).MemoryGiB >= 4 * quotaGiB, $"{For(nodes).MemoryGiB} GiB for a {quotaGiB} GiB quota");
    }

    [Fact]
    public void A_cluster_size_that_is_not_positive_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EtcdMachineSize.For(0, EtcdTuning.For(1)));
}
