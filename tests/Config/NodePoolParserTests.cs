using Infra.NodePools;
using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class NodePoolParserTests
{
    [Fact]
    public void Without_pools_the_profiles_pool_is_used()
    {
        var config = LoadFile("prod", ValidProd);

        Assert.Equal([EnvironmentProfile.Prod.DefaultNodePool], config.NodePools);
    }

    [Fact]
    public void Fields_a_pool_leaves_out_come_from_the_profiles_pool()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{gpu: {instanceTypes: [g5.xlarge]}}")).NodePools);

        Assert.Equal(("gpu", 3, 1000, 3), (pool.Name, pool.Min, pool.Max, pool.Desired));
        Assert.Equal(["g5.xlarge"], pool.InstanceTypes);
    }

    [Fact]
    public void A_pool_asks_for_local_ssd_volumes_with_local_ssd_true_and_is_without_them_otherwise()
    {
        var pools = LoadFile("prod", ProdWith("infra:nodePools", "{general: {}, storage: {localSsd: true, instanceTypes: [i4i.2xlarge]}}")).NodePools;

        Assert.Equal([("general", false), ("storage", true)], pools.Select(p => (p.Name, p.LocalSsd)));
    }

    [Fact]
    public void A_general_pool_on_an_instance_store_type_parses_with_local_ssd()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{scratch: {kind: general, localSsd: true, instanceTypes: [m6id.xlarge]}}")).NodePools);

        Assert.Equal((NodePoolKind.General, true, "m6id.xlarge"), (pool.Kind, pool.LocalSsd, pool.InstanceTypes[0]));
    }

    [Fact]
    public void Local_ssd_other_than_true_or_false_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{general: {localSsd: yes-please}}")));

        Assert.Contains("infra:nodePools.general.localSsd: 'yes-please' is not true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raising_min_above_the_profiles_sizes_lifts_desired_and_max_with_it()
    {
        var pool = Assert.Single(LoadFile("dev", ProdWith("infra:environment", "dev", "infra:nodePools", "{general: {min: 20}}")).NodePools);

        Assert.Equal((20, 20, 20), (pool.Min, pool.Desired, pool.Max));
    }

    [Fact]
    public void Lowering_max_below_the_profiles_desired_clamps_desired()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{general: {min: 1, max: 2}}")).NodePools);

        Assert.Equal((1, 2, 2), (pool.Min, pool.Desired, pool.Max));
    }

    [Fact]
    public void Pools_written_as_a_list_need_a_name()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "[{min: 1}]")));

        Assert.Contains("Pulumi.prod.yaml: infra:nodePools[0].name: not set: give each pool in the list a name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pools_with_one_name_are_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "[{name: a}, {name: a}]")));

        Assert.Contains("Pulumi.prod.yaml: infra:nodePools.names[1]: 'a' is listed twice: remove the repetition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_pool_map_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{}")));

        Assert.Contains("Pulumi.prod.yaml: infra:nodePools: '{}' has no pools", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_is_general_unless_its_kind_is_stated_whatever_its_name()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{gpu: {min: 0}}")).NodePools);

        Assert.Equal(NodePoolKind.General, pool.Kind);
    }

    [Fact]
    public void A_pool_of_another_kind_than_the_profiles_takes_that_kinds_preset()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{batch: {kind: compute}}")).NodePools);

        Assert.Equal((NodePoolKind.Compute, 0, 128, 0), (pool.Kind, pool.Min, pool.Max, pool.Desired));
        Assert.Equal(NodePoolPreset.Compute.InstanceTypes, pool.InstanceTypes);
    }

    [Fact]
    public void An_unknown_kind_is_refused_with_the_kinds_to_choose_from()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{batch: {kind: cpu}}")));

        Assert.Contains("infra:nodePools.batch.kind: 'cpu' is not one of general, compute, memory, gpu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_outside_the_instance_type_table_is_refused_with_the_kinds_families()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{batch: {kind: compute, instanceTypes: [c5.4xlarge]}}")));

        Assert.Contains(
            "Pulumi.prod.yaml: infra:nodePools.batch.instanceTypes[0]: 'c5.4xlarge' is not in the instance type table (components/Aws/Ec2/Ec2InstanceTypes.cs): use a type of the compute kind's families (c7i, c7a, c6i, c6a, c7g, c6g, c6id), such as c7i.4xlarge",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_mixing_graviton_and_x86_types_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{general: {instanceTypes: [m7i.xlarge, m7g.xlarge]}}")));

        Assert.Contains("infra:nodePools.general.instanceTypes: 'm7i.xlarge, m7g.xlarge' mixes amd64 and arm64 types", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spot_share_and_on_demand_base_are_read()
    {
        var pool = Assert.Single(LoadFile("prod", ProdWith("infra:nodePools", "{batch: {kind: compute, spotPercentage: 80, onDemandBase: 4}}")).NodePools);

        Assert.Equal((80, 4), (pool.SpotPercentage, pool.OnDemandBase));
    }

    [Fact]
    public void A_spot_share_above_100_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:nodePools", "{batch: {kind: compute, spotPercentage: 120}}")));

        Assert.Contains("infra:nodePools.batch.spotPercentage", error.Message, StringComparison.Ordinal);
    }
}
