using Infra.NodePools;

namespace Infra.Tests.NodePools;

public class NodePoolArgsTests
{
    private static readonly string[] KindNames = ["general", "compute", "memory", "gpu"];

    public static TheoryData<string> Kinds => new(KindNames);

    private static NodePoolArgs Kind(string kind, int expectedNodes = 1_000) =>
        NodePoolArgs.For(Enum.Parse<NodePoolKind>(kind, ignoreCase: true), NodePoolFixture.Cluster(expectedNodes));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_pool_kind_builds_from_its_defaults(string kind)
    {
        var pool = NodePoolFixture.Build(Kind(kind)).Pool;

        Assert.Equal(kind, pool.Path.LogicalName);
    }

    [Fact]
    public void Pool_maximums_split_a_thousand_nodes_as_the_seed_does()
    {
        var maximums = KindNames.Select(kind => Kind(kind).MaxSize).ToList();

        Assert.Equal([584, 128, 256, 32], maximums);
        Assert.Equal(1_000, maximums.Sum());
    }

    [Fact]
    public void Only_the_general_pool_keeps_nodes_when_idle()
    {
        Assert.Equal(3, NodePoolArgs.General(NodePoolFixture.Cluster()).MinSize);
        Assert.All(new[] { "compute", "memory", "gpu" }, kind => Assert.Equal(0, Kind(kind).MinSize));
    }

    [Fact]
    public void Gpu_nodes_repel_pods_that_do_not_ask_for_a_gpu()
    {
        var taint = Assert.Single(NodePoolArgs.Gpu(NodePoolFixture.Cluster()).Taints);

        Assert.Equal(new NodeTaint("nvidia.com/gpu", "present", TaintEffect.NoSchedule), taint);
    }

    [Fact]
    public void Small_clusters_still_get_a_scalable_pool_of_each_kind()
    {
        Assert.All(KindNames, kind => Assert.True(Kind(kind, expectedNodes: 10).MaxSize >= 1));
    }

    [Fact]
    public void A_pools_name_says_nothing_about_its_kind()
    {
        var batch = NodePoolArgs.For(NodePoolKind.Compute, NodePoolFixture.Cluster(), "batch");

        Assert.Equal(("batch", NodePoolKind.Compute), (batch.Name, batch.Kind));
        Assert.Equal(NodePoolPreset.Compute.Families, batch.AllowedFamilies);
    }

    [Theory]
    [InlineData("m6i.xlarge", 110)]
    [InlineData("m7i.4xlarge", 110)]
    [InlineData("m7i.8xlarge", 250)]
    [InlineData("r7g.16xlarge", 250)]
    public void Max_pods_follow_the_instance_type_not_ten_per_core(string instanceType, int maxPods)
    {
        Assert.Equal(maxPods, (NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = [instanceType] }).MaxPods);
    }

    [Fact]
    public void Compute_and_gpu_pools_are_numa_aligned_general_and_memory_pools_are_not()
    {
        var aligned = KindNames.Where(kind => Kind(kind).NumaAligned);

        Assert.Equal(["compute", "gpu"], aligned);
    }

    [Fact]
    public void Graviton_types_make_an_arm64_pool()
    {
        var args = NodePoolArgs.Memory(NodePoolFixture.Cluster()) with { InstanceTypes = ["r7g.4xlarge", "r6g.4xlarge"] };

        Assert.Equal(Infra.Software.CpuArchitecture.Arm64, args.Architecture);
    }

    [Fact]
    public void No_pool_mixes_spot_in_unless_asked()
    {
        Assert.All(KindNames, kind => Assert.Equal((0, 0), (Kind(kind).SpotPercentage, Kind(kind).OnDemandBaseCapacity)));
    }
}
