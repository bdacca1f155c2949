using Infra.Stacks.Config;
using Infra.Tests.Stacks;
using Infra.Tests.Support;

namespace Infra.Tests.Config;

public sealed class ClusterStackFileTests : IDisposable
{
    private const string Platform = "aws:region: eu-west-1\n  infra:environment: prod\n  infra:owner: platform-team\n  infra:costCenter: cc-2001\n";

    private readonly DirectoryInfo project = Directory.CreateTempSubdirectory("infra-cluster-stack-");

    public void Dispose() => project.Delete(recursive: true);

    [Theory]
    [InlineData("dev-platform", "dev")]
    [InlineData("staging-platform", "staging")]
    [InlineData("prod-platform", "prod")]
    public void A_platform_stack_carries_its_cluster_stacks_config(string platform, string cluster)
    {
        var config = ClusterStackFile.Attach(StackConfigLoader.FromStackFile(RepositoryRoot.Path, platform), RepositoryRoot.Path);

        Assert.Equal(StackConfigLoader.FromStackFile(RepositoryRoot.Path, cluster), config.Cluster);
    }

    [Fact]
    public void A_cluster_stack_is_left_as_it_is()
    {
        var config = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod");

        Assert.Same(config, ClusterStackFile.Attach(config, RepositoryRoot.Path));
    }

    [Fact]
    public void The_cluster_stack_is_the_last_segment_of_the_configured_reference()
    {
        var config = Load("prod-platform", Platform + "  infra:clusterStack: acme/infra/prod-eu\n");

        Assert.Equal("prod-eu", ClusterStackFile.StackNameFor(config));
    }

    [Fact]
    public void A_missing_cluster_stack_file_is_refused_naming_the_file_and_the_fix()
    {
        var config = Load("prod-platform", Platform);

        var refused = Assert.Throws<ConfigException>(() => ClusterStackFile.Attach(config, project.FullName));

        Assert.StartsWith("Pulumi.prod.yaml: not found in ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("keep the cluster stack's file in the project folder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_stack_of_another_cluster_is_refused()
    {
        File.WriteAllText(Path.Combine(project.FullName, "Pulumi.prod.yaml"), File.ReadAllText(StackFiles.PathOf("prod")) + "  infra:clusterName: other\n");
        var config = Load("prod-platform", Platform);

        var refused = Assert.Throws<ConfigException>(() => ClusterStackFile.Attach(config, project.FullName));

        Assert.Contains("cluster 'other', but platform stack prod-platform is of the prod cluster 'infra-prod'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_stack_that_leaves_expected_nodes_unset_takes_its_cluster_stacks()
    {
        File.WriteAllText(Path.Combine(project.FullName, "Pulumi.prod.yaml"), File.ReadAllText(StackFiles.PathOf("prod")).Replace("infra:expectedNodes: 1000", "infra:expectedNodes: 600", StringComparison.Ordinal));
        var config = Load("prod-platform", Platform);

        Assert.Equal(600, ClusterStackFile.Attach(config, project.FullName).ExpectedNodes);
    }

    [Fact]
    public void A_platform_stack_stating_other_expected_nodes_than_its_cluster_stack_is_refused_naming_both_values_and_the_fix()
    {
        File.WriteAllText(Path.Combine(project.FullName, "Pulumi.prod.yaml"), File.ReadAllText(StackFiles.PathOf("prod")));
        var config = Load("prod-platform", Platform + "  infra:expectedNodes: 500\n");

        var refused = Assert.Throws<ConfigException>(() => ClusterStackFile.Attach(config, project.FullName));

        Assert.Equal("Pulumi.prod-platform.yaml: infra:expectedNodes is 500, but its cluster stack's (Pulumi.prod.yaml) is 1000: both stacks derive settings from it (CoreDNS replicas, Cluster Autoscaler, NodeLocal DNSCache), so they must agree: remove infra:expectedNodes from stack prod-platform's config to take the cluster stack's, or set 1000", refused.Message);
    }

    [Fact]
    public void Under_pulumi_the_refusal_names_pulumi_config_where_the_value_came_from()
    {
        File.WriteAllText(Path.Combine(project.FullName, "Pulumi.prod.yaml"), File.ReadAllText(StackFiles.PathOf("prod")));
        var config = Load("prod-platform", Platform + "  infra:expectedNodes: 500\n");

        var refused = Assert.Throws<ConfigException>(() => ClusterStackFile.Attach(config, project.FullName, "PULUMI_CONFIG"));

        Assert.StartsWith("PULUMI_CONFIG: infra:expectedNodes is 500, but its cluster stack's (Pulumi.prod.yaml) is 1000", refused.Message, StringComparison.Ordinal);
    }

    private StackConfig Load(string stack, string config)
    {
        File.WriteAllText(Path.Combine(project.FullName, $"Pulumi.{stack}.yaml"), "config:\n  " + config);
        return StackConfigLoader.FromStackFile(project.FullName, stack);
    }
}
