using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Policy;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class DisruptionBudgetRequiredTests
{
    private readonly DisruptionBudgetRequired rule = new();

    [Fact]
    public void A_replicated_deployment_without_a_budget_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: 3);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("apps/web", violation.ResourcePath);
        Assert.Equal(string.Empty, violation.Property);
        Assert.Contains("namespace 'apps'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("add one whose selector matchLabels are among the pod template's labels", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apps", "other")]
    [InlineData("default", "web")]
    public void A_budget_selecting_other_pods_or_in_another_namespace_does_not_count(string budgetNamespace, string app)
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: 3);
        _ = new PodDisruptionBudget(program.Root.Child("apps"), "pdb", new PodDisruptionBudgetArgs
        {
            Metadata = new ObjectMeta { Namespace = budgetNamespace },
            Spec = new PodDisruptionBudgetSpec
            {
                MaxUnavailable = 1,
                Selector = new LabelSelector { MatchLabels = new Dictionary<string, Expr<string>> { ["app"] = app } },
            },
        });

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_single_replica_without_an_autoscaler_needs_no_budget()
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: 1);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void An_autoscaled_deployment_without_a_budget_is_flagged()
    {
        var program = RuleFixture.Program();
        RuleFixture.Deployment(program, replicas: null);
        _ = new HorizontalPodAutoscaler(program.Root.Child("apps"), "web-hpa", new HorizontalPodAutoscalerArgs
        {
            Metadata = new ObjectMeta { Name = "web", Namespace = "apps" },
            Spec = new HorizontalPodAutoscalerSpec
            {
                ScaleTargetRef = new CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web" },
                MaxReplicas = 10,
            },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("apps/web", violation.ResourcePath);
    }

    [Fact]
    public void A_workload_with_its_budget_passes()
    {
        var program = RuleFixture.Program();
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = "apps", Image = "nginx:1.27", Replicas = 3 });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_workload_in_a_namespace_known_at_deploy_time_is_matched_with_its_budget()
    {
        var program = RuleFixture.Program();
        var apps = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs());
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = apps.NameOutput, Image = "nginx:1.27" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
