using Infra.Network;
using Infra.Policies.Engine;
using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class EnvironmentProfileTests
{
    [Fact]
    public void Dev_is_small_and_shares_one_NAT()
    {
        var config = LoadFile("dev", ProdWith("infra:environment", "dev"));

        Assert.Equal(NatMode.Single, config.NatMode);
        Assert.Equal(10, config.ExpectedNodes);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], config.AvailabilityZones);
        Assert.Equal(3, config.Profile.EtcdMembers);
        Assert.Equal("infra-dev", config.ClusterName);
    }

    [Fact]
    public void Staging_rehearses_prods_topology_at_a_tenth_of_its_size()
    {
        var config = LoadFile("staging", ProdWith("infra:environment", "staging"));

        Assert.Equal(NatMode.PerZone, config.NatMode);
        Assert.Equal(100, config.ExpectedNodes);
        Assert.Equal(3, config.AvailabilityZones.Count);
        Assert.Equal(EnvironmentProfile.Prod.EtcdMembers, config.Profile.EtcdMembers);
    }

    [Fact]
    public void Staging_refuses_two_zones_which_would_put_an_etcd_quorum_in_one()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("staging", ProdWith("infra:environment", "staging", "infra:availabilityZones", "[eu-west-1a, eu-west-1b]")));

        Assert.Contains("infra:availabilityZones: 'eu-west-1a, eu-west-1b' lists 2 zones: list from 3 (staging's minimum) to 6", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("staging")]
    [InlineData("prod")]
    public void No_zone_of_a_profile_at_its_minimum_holds_an_etcd_quorum_unless_it_is_the_only_zone(string environment)
    {
        var profile = EnvironmentProfile.For(Enum.Parse<EnvironmentName>(environment, ignoreCase: true));
        var membersInFullestZone = (profile.EtcdMembers + profile.MinAvailabilityZones - 1) / profile.MinAvailabilityZones;

        Assert.True(profile.MinAvailabilityZones == 1 || membersInFullestZone < profile.EtcdMembers / 2 + 1, $"{environment}: {membersInFullestZone} of {profile.EtcdMembers} members in one of {profile.MinAvailabilityZones} zones");
    }

    [Fact]
    public void Prod_survives_a_zone_loss()
    {
        var config = LoadFile("prod", ValidProd);

        Assert.Equal(NatMode.PerZone, config.NatMode);
        Assert.Equal(1000, config.ExpectedNodes);
        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], config.AvailabilityZones);
        Assert.Equal(5, config.Profile.EtcdMembers);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("staging")]
    [InlineData("prod")]
    public void The_default_pool_has_one_node_per_default_zone_and_grows_to_the_planned_size(string environment)
    {
        var profile = EnvironmentProfile.For(Enum.Parse<EnvironmentName>(environment, ignoreCase: true));

        Assert.Equal(profile.DefaultAvailabilityZones, profile.DefaultNodePool.Min);
        Assert.Equal(profile.DefaultNodePool.Min, profile.DefaultNodePool.Desired);
        Assert.Equal(profile.ExpectedNodes, profile.DefaultNodePool.Max);
    }

    [Fact]
    public void Each_environment_has_its_own_VPC_network_so_they_can_be_peered()
    {
        var networks = new[] { EnvironmentProfile.Dev, EnvironmentProfile.Staging, EnvironmentProfile.Prod }.Select(p => p.VpcCidr).ToList();

        Assert.All(networks, a => Assert.Single(networks, b => a.Overlaps(b)));
    }

    [Fact]
    public void Default_networks_hold_the_largest_supported_cluster_and_do_not_overlap()
    {
        var profile = EnvironmentProfile.Prod;

        Assert.True(profile.PodCidr.Size / 256 >= ConfigSchema.MaxNodes);
        Assert.False(profile.PodCidr.Overlaps(profile.ServiceCidr));
        Assert.All([EnvironmentProfile.Dev, EnvironmentProfile.Staging, profile], p => Assert.False(p.VpcCidr.Overlaps(p.ServiceCidr) || p.VpcCidr.Overlaps(p.PodCidr)));
    }

    [Fact]
    public void Settings_in_the_stack_file_override_the_profile()
    {
        var config = LoadFile("prod", ProdWith("infra:natMode", "single", "infra:expectedNodes", "3000"));

        Assert.Equal(NatMode.Single, config.NatMode);
        Assert.Equal(3000, config.ExpectedNodes);
    }

    [Fact]
    public void A_policy_entry_sets_the_enforcement_of_that_rule_only()
    {
        var config = LoadFile("prod", ProdWith("infra:policy", "{AWS-004: advisory}"));

        Assert.Equal(new Dictionary<string, Enforcement> { ["AWS-004"] = Enforcement.Advisory }, config.Policy);
    }

    [Fact]
    public void The_layer_follows_the_platform_suffix_of_the_stack_name()
    {
        Assert.Equal(StackLayer.Platform, LoadFile("prod-platform", ValidProd).Layer);
        Assert.Equal(StackLayer.Cluster, LoadFile("prod", ValidProd).Layer);
    }
}
