using Infra.Policies.Engine;
using Infra.Policies.Packs;
using Infra.Tests.Policies.Support;

namespace Infra.Tests.Policies;

public class MandatoryEverywhereTests
{
    private static readonly UnworkableBucketRule Rule = new();

    public static TheoryData<string> Environments => ["dev", "staging", "prod"];

    [Theory]
    [MemberData(nameof(Environments))]
    public void A_rule_mandatory_everywhere_blocks_every_environment(string environment)
    {
        var facts = PolicyFixture.Dev with { Environment = environment };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), facts, [Rule]);

        Assert.True(Assert.Single(report.Findings).Blocks);
    }

    [Theory]
    [InlineData(Enforcement.Advisory)]
    [InlineData(Enforcement.Disabled)]
    public void No_environment_may_lower_it_and_the_override_is_a_mandatory_finding(Enforcement lowered)
    {
        var profile = EnforcementProfile.Defaults.With(Rule.Id, lowered);

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Dev, [Rule], profile);

        Assert.Equal(new EnforcementDecision(Enforcement.Mandatory, lowered), profile.Decide(Rule, PolicyFixture.Dev));
        Assert.Equal(Severity.Mandatory, Assert.Single(report.Findings, f => f.RuleId == EngineFindings.OverrideRefusedId).Severity);
        Assert.True(Assert.Single(report.Findings, f => f.RuleId == Rule.Id).Blocks);
    }

    [Fact]
    public void A_waiver_does_not_cover_its_findings_and_is_reported_unused()
    {
        var waiver = PolicyFixture.WaiverOf("data/logs") with { Rule = Rule.Id };

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [Rule], waivers: [waiver]);

        Assert.True(Assert.Single(report.Findings, f => f.RuleId == Rule.Id).Blocks);
        Assert.Single(report.Findings, f => f.RuleId == EngineFindings.WaiverUnusedId);
    }

    [Fact]
    public void The_network_rules_are_mandatory_everywhere()
    {
        Assert.Equal(["NET-001", "NET-002", "NET-003"], PolicyPacks.All.Rules.Where(r => r.MandatoryEverywhere).Select(r => r.Id));
    }
}
