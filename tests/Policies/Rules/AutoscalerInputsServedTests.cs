using Infra.Kubernetes;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class AutoscalerInputsServedTests
{
    private readonly AutoscalerInputsServed rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    private static WorkloadArgs Args => new() { Namespace = "apps", Image = "registry.example.com/web:1.0.0" };

    [Fact]
    public void A_cpu_only_workload_needs_nothing_more()
    {
        _ = new Workload(program.Root, "web", Args);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_requests_per_second_autoscaler_is_reported_until_a_metrics_adapter_is_declared()
    {
        var workload = new Workload(program.Root, "web", Args with { RequestsPerSecond = WorkloadArgs.SeedRequestsPerSecond });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal((workload.Autoscaler.Path.ToString(), "spec.metrics"), (violation.ResourcePath, violation.Property));
        Assert.Contains("never down", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_metrics_adapter_serves_the_custom_metric()
    {
        _ = new Workload(program.Root, "web", Args with { RequestsPerSecond = WorkloadArgs.SeedRequestsPerSecond });
        _ = new Workload(program.Root, "adapter", Args).Deployment.Annotate(new ProvidesAnnotation(ProvidesAnnotation.CustomMetricsApi));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_vertical_autoscaler_is_reported_until_a_recommender_is_declared()
    {
        var workload = new Workload(program.Root, "web", Args with { RecommendResources = true });

        Assert.Equal(workload.Recommendations!.Path.ToString(), Assert.Single(RuleFixture.Violations(rule, program)).ResourcePath);
        workload.Deployment.Annotate(new ProvidesAnnotation(ProvidesAnnotation.VerticalPodAutoscalerRecommender));
        Assert.Empty(RuleFixture.Violations(rule, program));
    }

}
