using Infra.Model;
using Infra.NodePools;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Policies.Rules;
using Infra.Tests.Policies.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class PoolCapacityFitsTests
{
    private readonly PoolCapacityFits rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    [Fact]
    public void Workloads_that_fit_the_untainted_pools_at_their_maxima_pass()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 100));

        Assert.Empty(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", maxNodes: 10))));
    }

    [Fact]
    public void A_cpu_shortfall_is_named_with_the_arithmetic_and_the_largest_consumer()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 120));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", maxNodes: 10))));

        Assert.Contains("cpu short by 20 cores: the workloads at their maxima request 120 cores but the pools offer 100 cores", violation.Message, StringComparison.Ordinal);
        Assert.Contains("largest: apps/web 120 x 1 cores = 120 cores", violation.Message, StringComparison.Ordinal);
        Assert.Contains("raise those pools' max in infra:nodePools", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workloads_that_fill_a_pool_fall_short_once_its_daemon_sets_take_their_share_of_every_node()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 100));
        var pool = CapacityFixture.Pool("general", maxNodes: 10);
        Assert.Empty(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(pool)));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(pool with { Agents = [new NodeAgent("calico-node", 0.25m, 0), new NodeAgent("node-local-dns", 0.25m, 64m * 1024 * 1024)] })));

        Assert.Contains("cpu short by 5 cores: the workloads at their maxima request 100 cores but the pools offer 95 cores (general 10 x (10 cores - 0.50 cores for DaemonSets))", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pools_finding_lists_the_daemon_sets_on_each_node()
    {
        _ = new Workload(program.Root, "crunch", CapacityFixture.Workload(maxReplicas: 100) with { NodeSelector = new Dictionary<string, Expr<string>> { [NodePoolArgs.PoolLabel] = "compute" } });
        var compute = CapacityFixture.Pool("compute", maxNodes: 10) with { Agents = [new NodeAgent("calico-node", 0.25m, 128m * 1024 * 1024)] };

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10), compute)));

        Assert.Contains("pool compute (10 nodes x [10 cores, 40 GiB, 100 pods]; per node, DaemonSets calico-node 0.25 cores 128 MiB)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pod_slots_count_like_any_resource()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 30) with { CpuRequest = "10m", MemoryRequest = "16Mi" });

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", maxNodes: 1) with { PerNode = new(10, 40 * CapacityFixture.GiB, 20, 0, "20 pods") })));

        Assert.Contains("pods short by 10 pods", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_pinned_to_a_pool_counts_against_that_pool_alone()
    {
        _ = new Workload(program.Root, "crunch", CapacityFixture.Workload(maxReplicas: 60) with { NodeSelector = new Dictionary<string, Expr<string>> { [NodePoolArgs.PoolLabel] = "compute" } });

        var violations = RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 100), CapacityFixture.Pool("compute", maxNodes: 5)));

        Assert.Contains("pool compute (5 nodes", Assert.Single(violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workloads_naming_no_pool_never_count_on_the_tainted_gpu_pool()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 60));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 5), CapacityFixture.Pool("gpu", 100, gpus: 1))));

        Assert.Contains("the untainted pools general (5 nodes)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpus_requested_beyond_the_gpu_pool_are_a_shortfall()
    {
        _ = CapacityFixture.GpuDeployment(program, "gpu", replicas: 5);

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 5), CapacityFixture.Pool("gpu", maxNodes: 3, gpus: 1))));

        Assert.Contains("gpu short by 2 GPUs", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_pinned_to_a_pool_the_cluster_lacks_is_flagged_on_its_node_selector()
    {
        var workload = new Workload(program.Root, "web", CapacityFixture.Workload(3) with { NodeSelector = new Dictionary<string, Expr<string>> { [NodePoolArgs.PoolLabel] = "genral" } });

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10))));

        Assert.Equal((workload.Deployment.Path.ToString(), "spec.template.spec.nodeSelector"), (violation.ResourcePath, violation.Property));
        Assert.Contains("selects pool 'genral', which infra:nodePools does not declare: use one of general", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_of_unknown_shape_is_reported_instead_of_passing_silently()
    {
        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10) with { InstanceType = "x2idn.16xlarge", PerNode = null })));

        Assert.Contains("the shape of instance type x2idn.16xlarge is not known", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pool_facts_there_is_nothing_to_check()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 100_000));

        Assert.Empty(RuleFixture.Violations(rule, program, PolicyFixture.Prod));
    }
}
