using Infra.ControlPlane;
using Infra.ControlPlane.Cis;
using Infra.Policies.Rules;
using Infra.Tests.Cli;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class CisDeviationsDocumentedTests
{
    private static readonly CisDeviation EventRateLimit = new("1.2.9", "Ensure that the admission control plugin EventRateLimit is set", "budgets drop the events of an incident", "API Priority and Fairness");

    private readonly CisDeviationsDocumented rule = new();

    [Fact]
    public void Each_deviation_is_one_finding_on_the_control_plane_with_its_reason_and_compensating_control()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes()).Annotate(new CisDeviationsAnnotation([EventRateLimit]));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("control-plane/eu-west-1a/group", violation.ResourcePath);
        Assert.Equal(
            "CIS Kubernetes Benchmark 1.12 1.2.9 \"Ensure that the admission control plugin EventRateLimit is set\" is not followed by design: "
            + "budgets drop the events of an incident Compensating control: API Priority and Fairness",
            violation.Message);
    }

    [Fact]
    public void A_deviation_every_control_plane_group_carries_is_reported_once()
    {
        var program = RuleFixture.Program();
        foreach (var zone in Zones)
        {
            ControlPlaneGroup(program, Nodes(zone)).Annotate(new CisDeviationsAnnotation([EventRateLimit]));
        }

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_control_plane_without_deviations_reports_nothing()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_deviation_without_a_compensating_control_cannot_be_written()
    {
        Assert.Throws<ArgumentException>(() => new CisDeviation("1.2.9", "EventRateLimit", "too costly", " "));
    }

    [Fact]
    public void The_prod_policy_report_lists_every_control_plane_deviation_as_information_and_passes()
    {
        var result = InfraCli.Run("policy", "--stack", "prod");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(ControlPlaneHardening.Deviations, deviation => Assert.Single(
            result.Out.Split('\n'),
            line => line.StartsWith("INFO CIS-001 ", StringComparison.Ordinal) && line.Contains($" {deviation.Id} \"{deviation.Title}\"", StringComparison.Ordinal)));
    }
}
