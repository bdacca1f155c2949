using Infra.Dns;

namespace Infra.Tests.Dns;

public class CoreDnsSettingsTests
{
    [Theory]
    [InlineData(100, false, 7)]
    [InlineData(1_000, true, 16)]
    [InlineData(5_000, true, 79)]
    public void Replicas_follow_nodes_per_replica_with_or_without_the_node_cache(int nodes, bool nodeLocalDns, int expected)
    {
        Assert.Equal(expected, CoreDnsSettings.For(nodes, nodeLocalDns).Replicas);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(16, true)]
    public void A_small_cluster_still_runs_two_replicas(int nodes, bool nodeLocalDns)
    {
        Assert.Equal(CoreDnsSettings.MinReplicas, CoreDnsSettings.For(nodes, nodeLocalDns).Replicas);
    }

    [Fact]
    public void Replicas_stop_at_the_cap_without_the_node_cache()
    {
        Assert.Equal(CoreDnsSettings.MaxReplicas, CoreDnsSettings.For(5_000, nodeLocalDns: false).Replicas);
    }

    [Theory]
    [InlineData(100, PodRecords.Verified)]
    [InlineData(1_000, PodRecords.Verified)]
    [InlineData(5_000, PodRecords.Disabled)]
    public void Pod_records_are_the_seeds_up_to_its_scale(int nodes, PodRecords expected)
    {
        Assert.Equal(expected, CoreDnsSettings.For(nodes, nodes >= ClusterDns.NodeLocalDnsThreshold).PodRecords);
    }

    [Theory]
    [InlineData(100, 192)]
    [InlineData(1_000, 1_216)]
    [InlineData(5_000, 704)]
    public void Memory_follows_the_objects_every_replica_holds(int nodes, int expected)
    {
        Assert.Equal(expected, CoreDnsSettings.For(nodes, nodes >= ClusterDns.NodeLocalDnsThreshold).MemoryMebibytes);
    }
}
