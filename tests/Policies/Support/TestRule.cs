using Infra.Policies.Engine;

namespace Infra.Tests.Policies.Support;

/// <summary>A rule whose check is given by the test, so each test states exactly what it finds.</summary>
internal sealed class TestRule(string id, bool mandatoryInProduction, Func<PolicyContext, IEnumerable<RuleViolation>> check, bool informational = false) : PolicyRule
{
    public override string Id => id;

    public override string Title => $"test rule {id}";

    public override string Rationale => "exercises the engine";

    public override bool MandatoryInProduction => mandatoryInProduction;

    public override bool Informational => informational;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) => check(context);
}
