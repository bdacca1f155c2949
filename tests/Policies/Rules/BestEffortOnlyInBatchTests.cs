using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class BestEffortOnlyInBatchTests
{
    private readonly BestEffortOnlyInBatch rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    private static WorkloadArgs BestEffort(Expr<string> @namespace) => new()
    {
        Namespace = @namespace,
        Image = "registry.example.com/crunch:1.0.0",
        Tier = ServiceTier.Batch,
        Qos = QosClass.BestEffort,
        RequestsPerSecond = 10,
    };

    [Fact]
    public void Best_effort_batch_pods_in_a_batch_namespace_pass()
    {
        var ns = new PlatformNamespace(program.Root, "analytics", new PlatformNamespaceArgs { Tenant = TenantTier.Batch(8, 32, 100) });
        _ = new Workload(program.Root, "crunch", BestEffort(ns.NameOutput));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Best_effort_pods_in_a_namespace_not_marked_for_batch_are_flagged()
    {
        _ = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs { Tenant = TenantTier.Service(8, 32) });
        _ = new Workload(program.Root, "crunch", BestEffort("apps"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("metadata.namespace", violation.Property);
        Assert.Contains("namespace 'apps', which is not marked for batch", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_effort_pods_outside_the_batch_tier_are_flagged()
    {
        _ = RuleFixture.Deployment(program, replicas: 2);

        Assert.Contains("BestEffort) outside the batch tier", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pods_with_requests_are_not_best_effort()
    {
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = "apps", Image = "registry.example.com/web:1.0.0" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
