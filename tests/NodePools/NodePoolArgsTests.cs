using Infra.NodePools;

namespace Infra.Tests.NodePools;

public class NodePoolArgsTests
{
    private static readonly string[] KindNames = ["general", "compute", "memory", "gpu"];

    public static TheoryData<string> Kinds => new(KindNames);

    private static NodePoolArgs Kind(string kind, int expectedNodes = 1_000) => kind switch
    {
        "general" => NodePoolArgs.General(NodePoolFixture.Cluster(expectedNodes)),
        "compute" => NodePoolArgs.Compute(NodePoolFixture.Cluster(expectedNodes)),
        "memory" => NodePoolArgs.Memory(NodePoolFixture.Cluster(expectedNodes)),
        "gpu" => NodePoolArgs.Gpu(NodePoolFixture.Cluster(expectedNodes)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

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
}
