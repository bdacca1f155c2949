using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class ProductionWorkloadsReplicatedTests
{
    private readonly ProductionWorkloadsReplicated rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    private static WorkloadArgs Args => new() { Namespace = "apps", Image = "registry.example.com/web:1.0.0" };

    [Fact]
    public void An_autoscaled_service_with_a_floor_of_two_passes()
    {
        _ = new Workload(program.Root, "web", Args with { MinReplicas = 2 });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void An_autoscaler_floor_of_one_is_flagged_even_with_a_higher_ceiling()
    {
        _ = new Workload(program.Root, "web", Args with { MinReplicas = 1 });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("spec.replicas", violation.Property);
        Assert.Contains("runs 1 replica at its floor", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deployment_without_replicas_or_autoscaler_runs_one_and_is_flagged()
    {
        _ = RuleFixture.Deployment(program, replicas: null);

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Batch_workloads_may_run_a_single_replica()
    {
        _ = new Workload(program.Root, "crunch", Args with { Tier = ServiceTier.Batch, MinReplicas = 1 });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
