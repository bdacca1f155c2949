using Infra.Tests.Policies.Support;
using Infra.Policies.Engine;
using Infra.Tests.Support;

namespace Infra.Tests.Policies;

public class PolicyEngineTests
{
    [Fact]
    public void A_rule_mandatory_in_production_is_mandatory_on_a_prod_stack()
    {
        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [new PublicBucketRule()]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Mandatory, finding.Severity);
        Assert.True(report.HasMandatory);
    }

    [Fact]
    public void A_rule_mandatory_in_production_is_advisory_outside_production()
    {
        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Dev, [new PublicBucketRule()]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.False(report.HasMandatory);
    }

    [Fact]
    public void A_rule_not_mandatory_in_production_is_advisory_on_a_prod_stack()
    {
        var rule = new TestRule("TST-002", mandatoryInProduction: false, _ => [RuleViolation.OfStack("too few zones: use three")]);

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Prod, [rule]);

        Assert.Equal(Severity.Advisory, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public void An_informational_rule_raised_to_mandatory_still_reports_information_that_never_blocks()
    {
        var rule = new TestRule("TST-003", mandatoryInProduction: false, _ => [RuleViolation.OfStack("deviates by design")], informational: true);

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Prod, [rule], EnforcementProfile.Defaults.With("TST-003", Enforcement.Mandatory));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Informational, finding.Severity);
        Assert.False(report.HasMandatory);
        Assert.Equal(1, report.InformationalCount);
    }

    [Fact]
    public void A_violation_becomes_a_finding_with_the_rule_id_resource_path_and_property()
    {
        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [new PublicBucketRule()]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((PublicBucketRule.RuleId, "data/logs", "public"), (finding.RuleId, finding.ResourcePath, finding.Property));
        Assert.Null(finding.WaivedBy);
    }

    [Fact]
    public void Rules_read_the_facts_the_stack_states()
    {
        var rule = new TestRule("TST-002", mandatoryInProduction: true, context =>
            context.Facts.AvailabilityZones < 3 ? [RuleViolation.OfStack($"{context.Facts.AvailabilityZones} zones: use three")] : []);

        var prod = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Prod, [rule]);
        var dev = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Dev, [rule]);

        Assert.Empty(prod.Findings);
        Assert.Equal("2 zones: use three", Assert.Single(dev.Findings).Message);
    }

    [Fact]
    public void A_rule_that_throws_is_a_finding_at_its_enforcement_and_the_other_rules_still_run()
    {
        var broken = new TestRule("TST-009", mandatoryInProduction: true, _ => throw new InvalidOperationException("no zones"));

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [broken, new PublicBucketRule()]);

        var failure = Assert.Single(report.Findings, f => f.RuleId == EngineFindings.RuleFailedId);
        Assert.Equal(Severity.Mandatory, failure.Severity);
        Assert.Contains("TST-009", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: no zones", failure.Message, StringComparison.Ordinal);
        Assert.Single(report.Findings, f => f.RuleId == PublicBucketRule.RuleId);
    }

    [Fact]
    public void Violations_a_rule_yielded_before_throwing_are_kept()
    {
        var broken = new TestRule("TST-009", mandatoryInProduction: false, _ => YieldThenThrow());

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Dev, [broken]);

        Assert.Equal([EngineFindings.RuleFailedId, "TST-009"], report.Findings.Select(f => f.RuleId));

        static IEnumerable<RuleViolation> YieldThenThrow()
        {
            yield return RuleViolation.OfStack("first problem: fix it");
            throw new InvalidOperationException("then broke");
        }
    }

    [Fact]
    public void Findings_are_sorted_by_severity_rule_resource_and_property_whatever_the_rule_order()
    {
        var advisory = new TestRule("TST-001", mandatoryInProduction: false, context =>
            context.Resources.Select(r => RuleViolation.Of(r, "b", "advisory b: fix")));
        var mandatory = new TestRule("TST-002", mandatoryInProduction: true, context =>
            context.Resources.SelectMany(r => new[] { RuleViolation.Of(r, "b", "b: fix"), RuleViolation.Of(r, "a", "a: fix") }));
        var program = PolicyFixture.PublicBuckets("z/bucket", "a/bucket");

        var forward = PolicyFixture.Evaluate(program, PolicyFixture.Prod, [advisory, mandatory]);
        var backward = PolicyFixture.Evaluate(program, PolicyFixture.Prod, [mandatory, advisory]);

        string[] expected =
        [
            "Mandatory TST-002 a/bucket a", "Mandatory TST-002 a/bucket b", "Mandatory TST-002 z/bucket a", "Mandatory TST-002 z/bucket b",
            "Advisory TST-001 a/bucket b", "Advisory TST-001 z/bucket b",
        ];
        Assert.Equal(expected, forward.Findings.Select(f => $"{f.Severity} {f.RuleId} {f.ResourcePath} {f.Property}"));
        Assert.Equal(forward.Findings, backward.Findings);
    }

    [Fact]
    public void A_disabled_rule_does_not_run()
    {
        var runs = 0;
        var rule = new TestRule("TST-002", mandatoryInProduction: false, _ =>
        {
            runs++;
            return [];
        });

        PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Dev, [rule], EnforcementProfile.Defaults.With("TST-002", Enforcement.Disabled));

        Assert.Equal(0, runs);
    }

    [Fact]
    public void An_override_of_a_rule_the_pack_lacks_is_an_advisory_finding()
    {
        var profile = EnforcementProfile.Defaults.With("TST-404", Enforcement.Mandatory);

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets(), PolicyFixture.Dev, [new PublicBucketRule()], profile);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((EngineFindings.OverrideUnknownRuleId, Severity.Advisory), (finding.RuleId, finding.Severity));
        Assert.Contains("'TST-404'", finding.Message, StringComparison.Ordinal);
    }
}
