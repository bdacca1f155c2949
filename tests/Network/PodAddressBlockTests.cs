using Infra.Kubelet;
using Infra.Network;

namespace Infra.Tests.Network;

public class PodAddressBlockTests
{
    [Theory]
    [InlineData(100, 250, 23)]
    [InlineData(1_000, 250, 23)]
    [InlineData(5_000, 110, 24)]
    public void Each_cluster_size_gets_the_smallest_block_holding_two_addresses_per_pod_slot(int nodes, int maxPods, int prefix)
    {
        Assert.Equal(maxPods, KubeletSettings.MaxPodsFor(nodes));
        Assert.Equal(prefix, PodAddressBlock.PrefixFor(maxPods));
    }

    [Theory]
    [InlineData(1, 31)]
    [InlineData(128, 24)]
    [InlineData(129, 23)]
    [InlineData(2_048, 20)]
    public void The_block_doubles_when_the_pod_slots_outgrow_half_of_it(int maxPods, int prefix)
    {
        Assert.Equal(prefix, PodAddressBlock.PrefixFor(maxPods));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2_049)]
    public void Pod_counts_no_calico_block_can_hold_are_refused_with_the_range(int maxPods)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PodAddressBlock.PrefixFor(maxPods));

        Assert.Contains("between 1 and 2048", error.Message, StringComparison.Ordinal);
    }
}
