using Infra.Tests.Policies.Support;
using Infra.Policies.Engine;
using Infra.Tests.Support;

namespace Infra.Tests.Policies;

public class WaiverTests
{
    private static readonly PolicyRule[] Rules = [new PublicBucketRule()];

    [Fact]
    public void A_waiver_with_an_exact_path_waives_that_resource_only()
    {
        var program = PolicyFixture.PublicBuckets("data/logs", "data/logs-archive");

        var report = PolicyFixture.Evaluate(program, PolicyFixture.Prod, Rules, waivers: [PolicyFixture.WaiverOf("data/logs")]);

        Assert.Equal(["W-0001", null], report.Findings.Select(f => f.WaivedBy));
        Assert.Equal(["data/logs", "data/logs-archive"], report.Findings.Select(f => f.ResourcePath));
    }

    [Fact]
    public void A_waiver_ending_in_a_star_waives_every_resource_under_the_prefix()
    {
        var program = PolicyFixture.PublicBuckets("data/logs", "data/metrics", "web/assets");

        var report = PolicyFixture.Evaluate(program, PolicyFixture.Prod, Rules, waivers: [PolicyFixture.WaiverOf("data/*")]);

        Assert.Equal(["data/logs", "data/metrics"], report.Findings.Where(f => f.IsWaived).Select(f => f.ResourcePath));
        Assert.False(Assert.Single(report.Findings, f => f.ResourcePath == "web/assets").IsWaived);
    }

    [Fact]
    public void A_waived_mandatory_finding_keeps_its_severity_but_does_not_block()
    {
        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [PolicyFixture.WaiverOf("data/logs")]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Mandatory, finding.Severity);
        Assert.False(report.HasMandatory);
        Assert.Equal((0, 1), (report.MandatoryCount, report.WaivedCount));
    }

    [Fact]
    public void An_expired_waiver_is_a_mandatory_finding_and_waives_nothing()
    {
        var expired = PolicyFixture.WaiverOf("data/logs") with { Expires = PolicyFixture.Today.AddDays(-1) };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [expired]);

        var expiry = Assert.Single(report.Findings, f => f.RuleId == EngineFindings.WaiverExpiredId);
        Assert.Equal(Severity.Mandatory, expiry.Severity);
        Assert.Contains("'W-0001'", expiry.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(report.Findings, f => f.RuleId == PublicBucketRule.RuleId).IsWaived);
    }

    [Fact]
    public void A_waiver_still_applies_on_its_expiry_day()
    {
        var lastDay = PolicyFixture.WaiverOf("data/logs") with { Expires = PolicyFixture.Today };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [lastDay]);

        Assert.Equal("W-0001", Assert.Single(report.Findings).WaivedBy);
    }

    [Fact]
    public void A_waiver_that_matches_nothing_is_an_advisory_finding()
    {
        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [PolicyFixture.WaiverOf("web/*")]);

        var unused = Assert.Single(report.Findings, f => f.RuleId == EngineFindings.WaiverUnusedId);
        Assert.Equal(Severity.Advisory, unused.Severity);
        Assert.Contains("'W-0001'", unused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_for_other_stacks_neither_waives_nor_is_reported()
    {
        var elsewhere = PolicyFixture.WaiverOf("data/logs") with { Stacks = ["prod-us"] };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [elsewhere]);

        Assert.Equal(PublicBucketRule.RuleId, Assert.Single(report.Findings).RuleId);
        Assert.False(report.Findings[0].IsWaived);
    }

    [Fact]
    public void A_waiver_by_environment_applies_to_every_stack_of_it()
    {
        var byEnvironment = PolicyFixture.WaiverOf("data/logs") with { Stacks = [], Environment = "prod" };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, Rules, waivers: [byEnvironment]);

        Assert.Equal("W-0001", Assert.Single(report.Findings).WaivedBy);
    }

    [Fact]
    public void A_waiver_with_an_empty_resource_waives_the_rule_stack_wide_findings_only()
    {
        var rule = new TestRule("TST-002", mandatoryInProduction: true, context =>
            [RuleViolation.OfStack("too few zones: use three"), .. context.Resources.Select(r => RuleViolation.Of(r, "too small: grow it"))]);
        var stackWide = PolicyFixture.WaiverOf(string.Empty) with { Rule = "TST-002" };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [rule], waivers: [stackWide]);

        Assert.Equal([("", "W-0001"), ("data/logs", null)], report.Findings.Select(f => (f.ResourcePath, f.WaivedBy)));
    }
}
