using System.Text.Json.Nodes;
using Infra.Policies.Engine;
using Infra.Policies.Rules;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Cli;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public sealed class PoolCapacityFactsTests
{
    private const decimal MiB = 1024m * 1024;

    [Fact]
    public void A_general_node_offers_its_vcpus_and_memory_less_the_kube_reserved_share_and_the_eviction_threshold()
    {
        var node = PoolCapacityFacts.Allocatable("m7i.4xlarge", expectedNodes: 1_000)!;

        // 16 vCPU: kube-reserved 0.06 + 0.01 + 2 x 0.005 + 12 x 0.0025 = 0.11 and system-reserved 0.1; 110 pods (under 30 vCPUs).
        Assert.Equal((15.79m, 110, 0), (node.Cpu, node.Pods, node.Gpus));
        Assert.Equal((64 * 1024) - (255 + (11 * 110)) - 100 - 500, node.MemoryBytes / MiB);
    }

    [Fact]
    public void A_gpu_node_offers_its_gpu()
    {
        Assert.Equal(1, PoolCapacityFacts.Allocatable("g4dn.xlarge", expectedNodes: 1_000)!.Gpus);
    }

    [Fact]
    public void Large_clusters_give_each_large_node_fewer_pod_slots()
    {
        Assert.Equal((250, 110), (PoolCapacityFacts.Allocatable("m7i.16xlarge", expectedNodes: 1_000)!.Pods, PoolCapacityFacts.Allocatable("m7i.16xlarge", expectedNodes: 5_000)!.Pods));
    }

    [Fact]
    public void An_instance_type_of_unknown_shape_has_no_figures()
    {
        Assert.Null(PoolCapacityFacts.Allocatable("x2idn.16xlarge", expectedNodes: 1_000));
    }

    [Fact]
    public void Every_pool_runs_calico_node_and_the_csi_node_plugin_and_a_gpu_pool_the_device_plugin()
    {
        var pools = PoolCapacityFacts.Of(Prod(new JsonObject
        {
            ["general"] = new JsonObject { ["min"] = 3, ["max"] = 10, ["desired"] = 3, ["instanceTypes"] = new JsonArray("m7i.4xlarge") },
            ["gpu"] = new JsonObject { ["kind"] = "gpu", ["min"] = 0, ["max"] = 2, ["desired"] = 0, ["instanceTypes"] = new JsonArray("g4dn.xlarge") },
        }, expectedNodes: 100)).ToDictionary(pool => pool.Name);

        Assert.Equal(["calico-node", "ebs-csi-node"], pools["general"].Agents.Select(agent => agent.Name));
        Assert.Equal(["calico-node", "ebs-csi-node", "nvidia-device-plugin"], pools["gpu"].Agents.Select(agent => agent.Name));
    }

    [Fact]
    public void NodeLocal_dns_cache_counts_at_its_pod_specs_requests_where_the_dns_plan_runs_it()
    {
        var pool = Assert.Single(PoolCapacityFacts.Of(Prod(new JsonObject
        {
            ["general"] = new JsonObject { ["min"] = 3, ["max"] = 10, ["desired"] = 3, ["instanceTypes"] = new JsonArray("m7i.4xlarge") },
        }, expectedNodes: 1_000)));

        var cache = Assert.Single(pool.Agents, agent => agent.Name == "node-local-dns");
        Assert.Equal((0.025m, 64 * MiB), (cache.Cpu, cache.MemoryBytes));
    }

    [Fact]
    public void What_a_node_leaves_workloads_is_its_allocatable_less_its_daemon_sets()
    {
        var pool = Assert.Single(PoolCapacityFacts.Of(Prod(new JsonObject
        {
            ["general"] = new JsonObject { ["min"] = 3, ["max"] = 10, ["desired"] = 3, ["instanceTypes"] = new JsonArray("m7i.4xlarge") },
        }, expectedNodes: 100)));

        // calico-node 0.25 (Calico's manifest) + ebs-csi-node 0.1 (no request in its values: the documented figure).
        Assert.Equal((15.79m - 0.35m, 110 - 2), (pool.PerNodeForWorkloads!.Cpu, pool.PerNodeForWorkloads.Pods));
    }

    [Theory]
    [InlineData(4_997, false)]
    [InlineData(4_998, true)]
    public void A_5000_node_prod_stack_is_within_the_envelope_and_one_node_more_is_refused(int poolMax, bool refused)
    {
        var config = StackConfigLoader.Parse("test", "prod", new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText("prod"),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
            ["infra:expectedNodes"] = new RawText("5000"),
            ["infra:podCidr"] = new RawText("100.64.0.0/10"),
            ["infra:nodePools"] = new RawStructured(new JsonObject
            {
                ["general"] = new JsonObject { ["min"] = 3, ["max"] = poolMax, ["desired"] = 3, ["instanceTypes"] = new JsonArray("m7i.4xlarge") },
            }),
        });

        var report = StackPipeline.Synthesize(config, "test", RepositoryRoot.Path, new FixedTime(InfraCli.Today), new PolicyPack("capacity", [new ScalabilityEnvelope()])).Report;

        Assert.Equal(refused, report.Findings.Any(f => f.RuleId == "CAP-002" && f.Blocks));
    }

    [Fact]
    public void The_prod_platform_stacks_tenants_fit_the_cluster()
    {
        var report = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod-platform", new FixedTime(InfraCli.Today)).Report;

        Assert.DoesNotContain(report.Findings, f => f.RuleId is "CAP-001" or "CAP-005");
    }

    private static StackConfig Prod(JsonObject pools, int expectedNodes) =>
        StackConfigLoader.Parse("test", "prod", new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText("prod"),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
            ["infra:expectedNodes"] = new RawText(expectedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["infra:nodePools"] = new RawStructured(pools),
        });
}
