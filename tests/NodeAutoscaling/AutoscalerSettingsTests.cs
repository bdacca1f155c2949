using Infra.NodeAutoscaling;

namespace Infra.Tests.NodeAutoscaling;

public class AutoscalerSettingsTests
{
    [Theory]
    [InlineData(100, 3, 103)]
    [InlineData(1_000, 3, 1_003)]
    [InlineData(5_000, 3, 5_003)]
    public void The_node_total_is_the_planned_workers_plus_the_control_plane(int nodes, int controlPlane, int total)
    {
        Assert.Equal(total, AutoscalerSettings.For(nodes, controlPlane).MaxNodesTotal);
    }

    [Theory]
    [InlineData(100, 10)]
    [InlineData(1_000, 10)]
    [InlineData(5_000, 30)]
    public void The_loop_runs_every_10_seconds_per_started_2000_nodes(int nodes, int seconds)
    {
        Assert.Equal(seconds, AutoscalerSettings.For(nodes, 3).ScanIntervalSeconds);
    }

    [Theory]
    [InlineData(100, 15)]
    [InlineData(1_000, 15)]
    [InlineData(5_000, 25)]
    public void A_new_node_gets_upstreams_15_minutes_to_1000_nodes_and_longer_above(int nodes, int minutes)
    {
        Assert.Equal(minutes, AutoscalerSettings.For(nodes, 3).MaxNodeProvisionMinutes);
    }

    [Theory]
    [InlineData(100, 10, 1)]
    [InlineData(1_000, 10, 1)]
    [InlineData(5_000, 50, 5)]
    public void Scale_down_removes_1_percent_of_the_cluster_and_drains_one_node_per_1000_at_once(int nodes, int removals, int drains)
    {
        var settings = AutoscalerSettings.For(nodes, 3);

        Assert.Equal((removals, drains), (settings.MaxScaleDownParallelism, settings.MaxDrainParallelism));
    }

    [Theory]
    [InlineData(100, 5, 10)]
    [InlineData(1_000, 10, 20)]
    [InlineData(5_000, 50, 100)]
    public void The_api_client_gets_a_query_per_second_per_100_nodes_and_twice_that_as_burst(int nodes, int qps, int burst)
    {
        var settings = AutoscalerSettings.For(nodes, 3);

        Assert.Equal((qps, burst), (settings.KubeClientQps, settings.KubeClientBurst));
    }

    [Theory]
    [InlineData(100, 100, 200, 600, 900)]
    [InlineData(1_000, 1_000, 2_000, 2_048, 3_072)]
    [InlineData(5_000, 2_000, 4_000, 10_240, 15_360)]
    public void Resources_are_the_seeds_1_cpu_and_2_gib_at_1000_nodes_scaled_by_size(int nodes, int cpuRequest, int cpuLimit, int memoryRequest, int memoryLimit)
    {
        var settings = AutoscalerSettings.For(nodes, 3);

        Assert.Equal(
            (cpuRequest, cpuLimit, memoryRequest, memoryLimit),
            (settings.CpuRequestMillicores, settings.CpuLimitMillicores, settings.MemoryRequestMiB, settings.MemoryLimitMiB));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5_001)]
    public void A_size_outside_the_supported_range_is_refused_with_the_fix(int nodes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AutoscalerSettings.For(nodes, 3));

        Assert.Contains($"expected nodes {nodes}", error.Message, StringComparison.Ordinal);
        Assert.Contains("infra:expectedNodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_control_plane_nodes_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AutoscalerSettings.For(100, 0));

        Assert.Contains("one per availability zone", error.Message, StringComparison.Ordinal);
    }
}
