using System.Text.RegularExpressions;
using Infra.NodeAutoscaling;
using Infra.NodePools;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;

namespace Infra.Tests.Stacks;

/// <summary>The autoscaler's group name patterns against the groups the cluster stack really declares.</summary>
public class AutoscaledPoolsTests
{
    /// <summary>A suffix such as Pulumi's auto-naming appends to a logical name.</summary>
    private const string AutoNameSuffix = "-0a1b2c3";

    private static readonly StackConfig Config = StackConfigLoader.Parse("test", "dev", new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
    {
        ["aws:region"] = new RawText("eu-west-1"),
        ["infra:environment"] = new RawText("dev"),
        ["infra:owner"] = new RawText("platform-team"),
        ["infra:costCenter"] = new RawText("cc-1"),
        ["infra:nodePools"] = new RawText("""
            {
              "general": {"min": 1, "max": 10, "desired": 1, "instanceTypes": ["m6i.xlarge"]},
              "gpu": {"min": 0, "max": 2, "desired": 0, "instanceTypes": ["g4dn.xlarge"]},
              "gpu-large": {"min": 0, "max": 2, "desired": 0, "instanceTypes": ["m6i.xlarge"]}
            }
            """),
    });

    [Fact]
    public void Each_pools_pattern_matches_its_own_group_in_the_cluster_stack_and_no_other_group()
    {
        var groups = ClusterLayer.Build(Config).ResourcesOf<Infra.Aws.AutoScaling.Group>().Select(group => group.Name + AutoNameSuffix).ToList();

        foreach (var pool in AutoscaledPools.Of(Config))
        {
            Assert.Equal([$"node-pools-{pool.Name}-group{AutoNameSuffix}"], groups.Where(group => Regex.IsMatch(group, pool.GroupNamePattern)));
        }
    }

    [Fact]
    public void Only_the_pools_groups_carry_the_tag_the_autoscalers_grant_requires()
    {
        var tagged = ClusterLayer.Build(Config).ResourcesOf<Infra.Aws.AutoScaling.Group>()
            .Where(group => group.Args.Tags!.Any(tag => tag.Key == AutoDiscoveryTags.ClusterKey(Config.ClusterName)))
            .Select(group => group.Name);

        Assert.Equal(Config.NodePools.Select(pool => $"node-pools-{pool.Name}-group"), tagged);
    }

    [Fact]
    public void Each_pool_keeps_the_kind_the_cluster_stack_gives_it()
    {
        Assert.Equal(
            [("general", NodePoolKind.General), ("gpu", NodePoolKind.Gpu), ("gpu-large", NodePoolKind.General)],
            AutoscaledPools.Of(Config).Select(pool => (pool.Name, pool.Kind)));
    }
}
