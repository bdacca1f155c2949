using Infra.Kubelet;
using Infra.Stacks.Config;
using Infra.Tests.Support;

namespace Infra.Tests.Config;

public class PoolPodDensityTests
{
    private static NodePoolConfig Pool(string instanceType) =>
        new() { Name = instanceType.Replace('.', '-'), Min = 0, Max = 10, Desired = 0, InstanceTypes = new([instanceType]) };

    [Fact]
    public void Pools_of_small_nodes_only_size_blocks_for_the_small_node_limit()
    {
        Assert.Equal(KubeletSettings.MaxPodsFloor, PoolPodDensity.LargestMaxPods([Pool("m6i.xlarge"), Pool("c7i.4xlarge")], 1_000));
    }

    [Fact]
    public void One_pool_of_large_nodes_sizes_blocks_for_the_clusters_ceiling()
    {
        Assert.Equal(KubeletSettings.MaxPodsFor(1_000), PoolPodDensity.LargestMaxPods([Pool("m6i.xlarge"), Pool("m6i.8xlarge")], 1_000));
    }

    [Fact]
    public void Prods_four_pools_are_all_below_thirty_vcpus_so_its_nodes_take_a_block_of_110_pods()
    {
        var prod = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod");

        Assert.Equal(KubeletSettings.MaxPodsFloor, PoolPodDensity.LargestMaxPods(prod.NodePools, prod.ExpectedNodes));
    }
}
