using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Aws.Iam;
using Infra.ControlPlane;
using Infra.Emit.PulumiYaml;
using Infra.Etcd;
using Infra.Model;
using Infra.NodePools;
using Infra.Policies.Engine;
using Infra.Policies.Rules;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;

namespace Infra.Tests.Stacks;

/// <summary>What the cluster stack composes for each environment: etcd, control plane, join grants and the kubeconfig output.</summary>
public class ClusterLayerTests
{
    private static InfraProgram Build(string environment, int? expectedNodes = null, string? nodePoolsJson = null)
    {
        var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText(environment),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
        };
        if (expectedNodes is { } nodes)
        {
            values["infra:expectedNodes"] = new RawText($"{nodes}");
        }

        if (nodePoolsJson is { } pools)
        {
            values["infra:nodePools"] = new RawText(pools);
        }

        return ClusterLayer.Build(StackConfigLoader.Parse("test", environment, values));
    }

    private static Dictionary<string, List<EtcdMemberAnnotation>> EtcdClusters(InfraProgram program) =>
        program.ResourcesOf<Instance>()
            .SelectMany(i => i.Annotations.OfType<EtcdMemberAnnotation>())
            .GroupBy(m => m.Cluster, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    [Fact]
    public void Prod_runs_five_etcd_members_over_three_zones_and_a_separate_events_cluster()
    {
        var clusters = EtcdClusters(Build("prod"));

        Assert.Equal(["etcd", "etcd-events"], clusters.Keys.Order(StringComparer.Ordinal));
        Assert.All(clusters.Values, members =>
        {
            Assert.Equal(5, members.Count);
            Assert.Equal(3, members.Select(m => m.Zone).Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void A_small_cluster_keeps_events_in_the_main_etcd_cluster()
    {
        var clusters = EtcdClusters(Build("staging", expectedNodes: EtcdEventsCluster.DefaultFromNodes - 1));

        Assert.Equal(["etcd"], clusters.Keys);
    }

    [Fact]
    public void Dev_runs_three_etcd_members_laid_out_for_development()
    {
        var members = Assert.Single(EtcdClusters(Build("dev"))).Value;

        Assert.Equal(3, members.Count);
        Assert.All(members, m => Assert.True(m.Development));
    }

    [Fact]
    public void Prod_runs_one_control_plane_node_in_each_of_its_three_zones()
    {
        var zones = Build("prod").ResourcesOf<Group>()
            .SelectMany(g => g.Annotations.OfType<ControlPlaneNodesAnnotation>())
            .Select(a => a.Zone)
            .ToList();

        Assert.Equal(3, zones.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, zones.Count);
    }

    [Fact]
    public void Workers_may_decrypt_the_join_parameters()
    {
        var program = Build("prod");

        Assert.Single(program.ResourcesOf<RolePolicy>(), p => p.Name.EndsWith("worker-join-decrypt", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cluster_stack_exports_the_kubeconfig_the_platform_stack_reads_as_a_secret()
    {
        var yaml = PulumiYamlEmitter.ToYaml(Build("prod"));

        Assert.Contains($"  {StackNames.KubeconfigOutput}:\n    fn::secret:\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_control_plane_group_is_created_after_every_etcd_member_of_both_clusters()
    {
        var program = Build("prod");
        var etcdMembers = program.ResourcesOf<Instance>().Where(i => i.Annotations.OfType<EtcdMemberAnnotation>().Any()).ToList();

        var controlPlane = ControlPlaneGroups(program);

        Assert.Equal(10, etcdMembers.Count);
        Assert.All(controlPlane, group => Assert.Equal(etcdMembers.Cast<Resource>().ToHashSet(), group.Options.DependsOn.ToHashSet()));
    }

    [Fact]
    public void Every_worker_pool_is_created_after_the_control_plane_groups_which_wait_for_a_ready_api()
    {
        var program = Build("prod");
        var controlPlane = ControlPlaneGroups(program);

        var pools = program.ResourcesOf<Group>().Except(controlPlane).ToList();

        Assert.NotEmpty(pools);
        Assert.All(pools, pool => Assert.Equal(controlPlane, pool.Options.DependsOn));
        Assert.All(controlPlane, group => Assert.Equal(1, group.Args.WaitForElbCapacity));
    }

    private static List<Group> ControlPlaneGroups(InfraProgram program) =>
        program.ResourcesOf<Group>().Where(g => g.Annotations.OfType<ControlPlaneNodesAnnotation>().Any()).ToList();

    [Fact]
    public void A_pool_gets_the_families_of_its_stated_kind_whatever_its_name()
    {
        var program = Build("dev", nodePoolsJson: """{"batch": {"kind": "compute", "instanceTypes": ["c6i.4xlarge"]}, "gpu": {"instanceTypes": ["m7i.large"]}}""");

        var pools = program.ResourcesOf<Group>().SelectMany(g => g.Annotations.OfType<NodePoolAnnotation>()).ToDictionary(p => p.Pool, StringComparer.Ordinal);

        Assert.Equal((NodePoolKind.Compute, NodePoolPreset.Compute.Families), (pools["batch"].Kind, pools["batch"].AllowedFamilies));
        Assert.Equal(NodePoolKind.General, pools["gpu"].Kind);
    }

    [Fact]
    public void A_general_local_ssd_pool_on_m6id_builds_and_passes_the_allowed_families_rule()
    {
        var program = Build("prod", nodePoolsJson: """{"scratch": {"kind": "general", "localSsd": true, "instanceTypes": ["m6id.xlarge"]}}""");

        var group = Assert.Single(program.ResourcesOf<Group>(), g => g.Annotations.OfType<NodePoolAnnotation>().Any(p => p.Pool == "scratch"));
        var findings = new AllowedInstanceFamilies().Evaluate(new PolicyContext(program, new StackFacts { Stack = "test", Environment = "prod", AvailabilityZones = 3 }));

        Assert.Contains(group.Args.Tags!, tag => tag.Key == $"k8s.io/cluster-autoscaler/node-template/label/{LocalSsdDisks.NodeLabel}");
        Assert.DoesNotContain(findings, finding => finding.Message.Contains("pool 'scratch'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_local_ssd_pool_on_m6i_is_refused_naming_the_type_with_instance_store()
    {
        var error = Assert.Throws<ArgumentException>(() => Build("prod", nodePoolsJson: """{"scratch": {"kind": "general", "localSsd": true, "instanceTypes": ["m6i.xlarge"]}}"""));

        Assert.Contains("m6i.xlarge has no NVMe instance store: use types of m6id, which have it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_stack_with_a_graviton_pool_looks_up_the_arm64_image()
    {
        var arm64 = NodeImage.Ubuntu2404ParameterFor(Infra.Software.CpuArchitecture.Arm64);

        Assert.Contains(arm64, PulumiYamlEmitter.ToYaml(Build("dev", nodePoolsJson: """{"general": {"instanceTypes": ["m7g.large"]}}""")), StringComparison.Ordinal);
        Assert.DoesNotContain(arm64, PulumiYamlEmitter.ToYaml(Build("dev")), StringComparison.Ordinal);
    }

    [Fact]
    public void Prod_runs_the_seeds_four_pools_one_of_each_kind()
    {
        var config = StackConfigLoader.FromStackFile(Infra.Tests.Support.RepositoryRoot.Path, "prod");

        var pools = config.NodePools.ToDictionary(p => p.Kind, p => p.Max);

        Assert.Equal(new Dictionary<NodePoolKind, int> { [NodePoolKind.General] = 584, [NodePoolKind.Compute] = 128, [NodePoolKind.Memory] = 256, [NodePoolKind.Gpu] = 32 }, pools);
        Assert.Equal("g4dn.xlarge", Assert.Single(config.NodePools, p => p.Kind == NodePoolKind.Gpu).InstanceTypes[0]);
    }
}
