using Infra.ControlPlane;

namespace Infra.Tests.ControlPlane;

public class ControlPlaneTuningTests
{
    [Fact]
    public void A_100_node_cluster_keeps_upstream_defaults()
    {
        var tuning = ControlPlaneTuning.For(100);

        Assert.Equal((400, 200), (tuning.MaxRequestsInflight, tuning.MaxMutatingRequestsInflight));
        Assert.Equal((20, 30), (tuning.ControllerManagerQps, tuning.ControllerManagerBurst));
        Assert.Equal((50, 100), (tuning.SchedulerQps, tuning.SchedulerBurst));
        Assert.Equal(1, tuning.SyncMultiplier);
    }

    [Fact]
    public void The_seeds_1200_node_cluster_gets_the_seeds_inflight_limits()
    {
        var tuning = ControlPlaneTuning.For(1200);

        Assert.Equal((4000, 2000), (tuning.MaxRequestsInflight, tuning.MaxMutatingRequestsInflight));
    }

    [Fact]
    public void A_1000_node_cluster_scales_clients_and_workers()
    {
        var tuning = ControlPlaneTuning.For(1000);

        Assert.Equal((3400, 1700), (tuning.MaxRequestsInflight, tuning.MaxMutatingRequestsInflight));
        Assert.Equal((100, 150), (tuning.ControllerManagerQps, tuning.ControllerManagerBurst));
        Assert.Equal((100, 200), (tuning.SchedulerQps, tuning.SchedulerBurst));
        Assert.Equal(2, tuning.SyncMultiplier);
        Assert.Equal(ControlPlaneTuning.NodeMonitorGraceSecondsSmall, tuning.NodeMonitorGracePeriodSeconds);
    }

    [Fact]
    public void A_5000_node_cluster_reaches_every_ceiling()
    {
        var tuning = ControlPlaneTuning.For(5000);

        Assert.Equal(ControlPlaneTuning.RequestsInflightCeiling, tuning.MaxRequestsInflight);
        Assert.Equal(ControlPlaneTuning.ControllerManagerQpsCeiling, tuning.ControllerManagerQps);
        Assert.Equal(ControlPlaneTuning.SchedulerQpsCeiling, tuning.SchedulerQps);
        Assert.Equal(ControlPlaneTuning.MaxSyncMultiplier, tuning.SyncMultiplier);
        Assert.Equal(ControlPlaneTuning.TerminatedPodGcCeiling, tuning.TerminatedPodGcThreshold);
        Assert.Equal(ControlPlaneTuning.NodeMonitorGraceSecondsLarge, tuning.NodeMonitorGracePeriodSeconds);
    }

    [Fact]
    public void Api_server_memory_follows_60_mib_per_node()
    {
        Assert.Equal(300_000, ControlPlaneTuning.For(5000).ApiServerMemoryMiB);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Controller_workers_are_upstream_defaults_times_the_multiplier(int nodes)
    {
        var tuning = ControlPlaneTuning.For(nodes);
        var gcSyncs = tuning.ControllerManagerArgs().Single(a => a.Name == "concurrent-gc-syncs");

        Assert.Equal($"{20 * tuning.SyncMultiplier}", gcSyncs.Value);
    }

    [Fact]
    public void Watch_cache_and_removed_memory_flags_are_not_set()
    {
        var names = ControlPlaneTuning.For(1000).ApiServerArgs().Select(a => a.Name).ToList();

        Assert.DoesNotContain("watch-cache-sizes", names);
        Assert.DoesNotContain("default-watch-cache-size", names);
        Assert.DoesNotContain("target-ram-mb", names);
    }

    [Fact]
    public void Fewer_than_one_node_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlPlaneTuning.For(0));
    }
}
