using Infra.Tests.Policies.Support;
using Infra.Policies.Engine;
using Infra.Tests.Support;

namespace Infra.Tests.Policies;

public class EnforcementProfileTests
{
    private static readonly PolicyRule MandatoryInProd = new PublicBucketRule();
    private static readonly PolicyRule AdvisoryEverywhere = new TestRule("TST-002", mandatoryInProduction: false, _ => []);

    [Fact]
    public void A_rule_not_listed_runs_at_its_default_for_the_environment()
    {
        Assert.Equal(Enforcement.Mandatory, EnforcementProfile.Defaults.Decide(MandatoryInProd, PolicyFixture.Prod).Effective);
        Assert.Equal(Enforcement.Advisory, EnforcementProfile.Defaults.Decide(MandatoryInProd, PolicyFixture.Dev).Effective);
    }

    [Theory]
    [InlineData(Enforcement.Advisory)]
    [InlineData(Enforcement.Disabled)]
    public void A_prod_stack_cannot_lower_a_rule_mandatory_in_production(Enforcement lowered)
    {
        var decision = EnforcementProfile.Defaults.With(MandatoryInProd.Id, lowered).Decide(MandatoryInProd, PolicyFixture.Prod);

        Assert.Equal(new EnforcementDecision(Enforcement.Mandatory, lowered), decision);
    }

    [Fact]
    public void A_refused_override_is_a_mandatory_finding_pointing_to_the_waiver_file()
    {
        var profile = EnforcementProfile.Defaults.With(MandatoryInProd.Id, Enforcement.Advisory);

        var report = PolicyFixture.Evaluate(PolicyFixture.PublicBuckets("data/logs"), PolicyFixture.Prod, [MandatoryInProd], profile);

        var refusal = Assert.Single(report.Findings, f => f.RuleId == EngineFindings.OverrideRefusedId);
        Assert.Equal(Severity.Mandatory, refusal.Severity);
        Assert.Contains(MandatoryInProd.Id, refusal.Message, StringComparison.Ordinal);
        Assert.Contains(WaiverFile.DefaultPath, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Mandatory, Assert.Single(report.Findings, f => f.RuleId == MandatoryInProd.Id).Severity);
    }

    [Fact]
    public void A_prod_stack_can_raise_an_advisory_rule_to_mandatory()
    {
        var decision = EnforcementProfile.Defaults.With(AdvisoryEverywhere.Id, Enforcement.Mandatory).Decide(AdvisoryEverywhere, PolicyFixture.Prod);

        Assert.Equal(new EnforcementDecision(Enforcement.Mandatory, RefusedOverride: null), decision);
    }

    [Fact]
    public void A_prod_stack_can_disable_an_advisory_rule()
    {
        var decision = EnforcementProfile.Defaults.With(AdvisoryEverywhere.Id, Enforcement.Disabled).Decide(AdvisoryEverywhere, PolicyFixture.Prod);

        Assert.Equal(new EnforcementDecision(Enforcement.Disabled, RefusedOverride: null), decision);
    }

    [Fact]
    public void A_non_production_stack_can_disable_a_rule_mandatory_in_production()
    {
        var decision = EnforcementProfile.Defaults.With(MandatoryInProd.Id, Enforcement.Disabled).Decide(MandatoryInProd, PolicyFixture.Dev);

        Assert.Equal(new EnforcementDecision(Enforcement.Disabled, RefusedOverride: null), decision);
    }

    [Fact]
    public void The_last_override_of_a_rule_wins()
    {
        var profile = EnforcementProfile.Defaults.With(AdvisoryEverywhere.Id, Enforcement.Disabled).With(AdvisoryEverywhere.Id, Enforcement.Mandatory);

        Assert.Equal(Enforcement.Mandatory, profile.Decide(AdvisoryEverywhere, PolicyFixture.Dev).Effective);
    }
}
