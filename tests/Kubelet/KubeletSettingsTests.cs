using Infra.Kubelet;
using Infra.NodePools;

namespace Infra.Tests.Kubelet;

public class KubeletSettingsTests
{
    private static readonly int BaselineThroughput = new RootVolume(100).Throughput;

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    public void Clusters_up_to_a_thousand_nodes_get_the_dense_ceiling(int nodes)
    {
        Assert.Equal(KubeletSettings.MaxPodsCeiling, KubeletSettings.For(nodes, BaselineThroughput).MaxPods);
    }

    [Fact]
    public void Larger_clusters_share_the_fleet_pod_slot_budget()
    {
        var settings = KubeletSettings.For(2_000, BaselineThroughput);

        Assert.Equal(KubeletSettings.PodSlotBudget / 2_000, settings.MaxPods);
        Assert.InRange(settings.MaxPods, KubeletSettings.MaxPodsFloor + 1, KubeletSettings.MaxPodsCeiling - 1);
    }

    [Fact]
    public void Five_thousand_nodes_stay_at_the_upstream_default_density()
    {
        Assert.Equal(KubeletSettings.MaxPodsFloor, KubeletSettings.For(5_000, BaselineThroughput).MaxPods);
    }

    [Fact]
    public void The_seed_rates_hold_at_a_thousand_nodes()
    {
        var settings = KubeletSettings.For(1_000, BaselineThroughput);

        Assert.Equal((50, 100, 10, 20), (settings.KubeApiQps, settings.KubeApiBurst, settings.EventRecordQps, settings.EventBurst));
    }

    [Fact]
    public void Api_and_event_rates_shrink_per_node_as_the_fleet_grows()
    {
        var thousand = KubeletSettings.For(1_000, BaselineThroughput);
        var fiveThousand = KubeletSettings.For(5_000, BaselineThroughput);

        Assert.True(fiveThousand.KubeApiQps < thousand.KubeApiQps);
        Assert.True(fiveThousand.EventRecordQps < thousand.EventRecordQps);
        Assert.True(fiveThousand.KubeApiQps * 5_000 <= KubeletSettings.ApiQpsBudget);
        Assert.Equal(fiveThousand.KubeApiQps * KubeletSettings.BurstFactor, fiveThousand.KubeApiBurst);
    }

    [Fact]
    public void Parallel_image_pulls_follow_root_volume_throughput()
    {
        var baseline = KubeletSettings.For(1_000, new RootVolume(100).Throughput);
        var larger = KubeletSettings.For(1_000, new RootVolume(400).Throughput);

        Assert.Equal(RootVolume.BaselineThroughput / KubeletSettings.ThroughputPerImagePull, baseline.MaxParallelImagePulls);
        Assert.True(larger.MaxParallelImagePulls > baseline.MaxParallelImagePulls);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    public void Nodes_below_thirty_vcpus_run_up_to_the_kubelets_default_110_pods_not_ten_per_core(int vcpus)
    {
        Assert.Equal(KubeletSettings.MaxPodsFloor, KubeletSettings.ForNode(1_000, BaselineThroughput, vcpus, numaAligned: false).MaxPods);
    }

    [Fact]
    public void Larger_nodes_run_the_clusters_share_the_seeds_250_at_a_thousand_nodes()
    {
        Assert.Equal(250, KubeletSettings.ForNode(1_000, BaselineThroughput, 32, numaAligned: false).MaxPods);
        Assert.Equal(KubeletSettings.For(2_000, BaselineThroughput).MaxPods, KubeletSettings.ForNode(2_000, BaselineThroughput, 64, numaAligned: false).MaxPods);
    }

    [Fact]
    public void A_pools_nodes_reserve_for_the_kubelet_by_their_size_and_pods()
    {
        var settings = KubeletSettings.ForNode(1_000, BaselineThroughput, 32, numaAligned: false);

        Assert.Equal(ReservedResources.Kube(32, 250), settings.KubeReserved);
        Assert.Equal(ReservedResources.System, settings.SystemReserved);
    }

    [Fact]
    public void The_cluster_wide_base_reserves_nothing_so_each_pool_sets_its_own()
    {
        Assert.Null(KubeletSettings.For(1_000, BaselineThroughput).KubeReserved);
    }
}
