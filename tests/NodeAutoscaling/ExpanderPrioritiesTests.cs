using Infra.NodeAutoscaling;
using Infra.NodePools;

namespace Infra.Tests.NodeAutoscaling;

public class ExpanderPrioritiesTests
{
    private static AutoscaledPool Pool(string name, NodePoolKind kind, bool spot = false) => new(name, kind, $"^{name}$", spot);

    /// <summary>The priority whose patterns include <paramref name="pool"/>'s.</summary>
    private static int PriorityOf(IReadOnlyDictionary<string, IReadOnlyList<string>> priorities, AutoscaledPool pool) =>
        int.Parse(priorities.Single(entry => entry.Value.Contains(pool.GroupNamePattern)).Key, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void General_pools_grow_first_then_compute_then_memory_and_gpu_last()
    {
        AutoscaledPool[] pools = [Pool("gpu", NodePoolKind.Gpu), Pool("memory", NodePoolKind.Memory), Pool("compute", NodePoolKind.Compute), Pool("general", NodePoolKind.General)];

        var priorities = ExpanderPriorities.For(pools);

        Assert.Equal(["general", "compute", "memory", "gpu"], pools.OrderByDescending(pool => PriorityOf(priorities, pool)).Select(pool => pool.Name));
    }

    [Fact]
    public void A_pool_with_spot_grows_before_an_on_demand_pool_of_its_kind_but_never_before_the_kind_above()
    {
        Assert.True(ExpanderPriorities.Of(NodePoolKind.Compute, spot: true) > ExpanderPriorities.Of(NodePoolKind.Compute, spot: false));
        Assert.True(ExpanderPriorities.Of(NodePoolKind.Compute, spot: true) < ExpanderPriorities.Of(NodePoolKind.General, spot: false));
    }

    [Fact]
    public void Pools_of_one_kind_share_a_priority()
    {
        var priorities = ExpanderPriorities.For([Pool("general-b", NodePoolKind.General), Pool("general-a", NodePoolKind.General)]);

        Assert.Equal(["^general-a$", "^general-b$"], priorities["40"]);
    }

    [Fact]
    public void Every_other_group_still_grows_after_all_pools()
    {
        var priorities = ExpanderPriorities.For([Pool("gpu", NodePoolKind.Gpu)]);

        Assert.Equal([".*"], priorities["1"]);
        Assert.All(priorities.Keys.Where(key => key != "1"), key => Assert.True(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) > 1));
    }
}
