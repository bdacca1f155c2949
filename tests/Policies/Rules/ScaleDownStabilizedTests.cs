using Infra.Tests.Policies.Support;
using Infra.Kubernetes.Autoscaling;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Policies.Rules;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class ScaleDownStabilizedTests
{
    private readonly ScaleDownStabilized rule = new();

    [Fact]
    public void A_short_scale_down_window_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new Workload(program.Root, "web", new WorkloadArgs
        {
            Namespace = "apps",
            Image = "nginx:1.27",
            ScaleDown = new HpaScalingRules { StabilizationWindowSeconds = 30 },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("web/hpa", violation.ResourcePath);
        Assert.Equal("spec.behavior.scaleDown.stabilizationWindowSeconds", violation.Property);
        Assert.Contains("after 30 s", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set ScaleDown.StabilizationWindowSeconds to at least 60", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workload_default_window_passes()
    {
        var program = RuleFixture.Program();
        _ = new Workload(program.Root, "web", new WorkloadArgs { Namespace = "apps", Image = "nginx:1.27" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void It_stays_advisory_in_production()
    {
        var program = RuleFixture.Program();
        _ = new Workload(program.Root, "web", new WorkloadArgs
        {
            Namespace = "apps",
            Image = "nginx:1.27",
            ScaleDown = new HpaScalingRules { StabilizationWindowSeconds = 0 },
        });

        var report = PolicyFixture.Evaluate(program, PolicyFixture.Prod, [rule]);

        Assert.Equal(Severity.Advisory, Assert.Single(report.Findings).Severity);
    }
}
