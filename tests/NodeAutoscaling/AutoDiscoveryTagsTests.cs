using Infra.NodeAutoscaling;
using Infra.NodePools;
using Infra.Tests.Aws;
using Infra.Tests.NodePools;

namespace Infra.Tests.NodeAutoscaling;

/// <summary>The tags the autoscaler looks for and its IAM grant requires are the ones the node pools' groups carry.</summary>
public class AutoDiscoveryTagsTests
{
    [Fact]
    public void Every_pool_group_carries_the_discovery_tags_and_the_cluster_tag_value_the_grant_requires()
    {
        var tags = NodePoolFixture.Build(NodePoolArgs.Gpu(NodePoolFixture.Cluster())).Pool.Group.Args.Tags!
            .ToDictionary(tag => tag.Key, tag => ExprText.Of(tag.Value), StringComparer.Ordinal);

        Assert.True(tags.ContainsKey(AutoDiscoveryTags.EnabledKey));
        Assert.Equal(AutoDiscoveryTags.Owned, tags[AutoDiscoveryTags.ClusterKey("prod")]);
    }
}
