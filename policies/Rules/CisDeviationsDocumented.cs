using Infra.ControlPlane.Cis;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Lists the CIS Kubernetes Benchmark recommendations the control plane deliberately does not follow, read from
/// <see cref="CisDeviationsAnnotation"/>: one informational finding per deviation (on the first resource carrying it,
/// since every control-plane group runs the same configuration), with why and what compensates. It never blocks: the
/// deviations are decisions already made; the report keeps them in front of whoever reviews the stack.
/// </summary>
public sealed class CisDeviationsDocumented : PolicyRule
{
    public override string Id => "CIS-001";

    public override string Title => "Deliberate CIS benchmark deviations are listed with their reason and compensating control";

    public override string Rationale =>
        "An auditor running kube-bench sees these recommendations fail; the report says which failures are decisions, why, "
        + "and what covers the risk, so a new failure cannot hide among known ones.";

    public override bool MandatoryInProduction => false;

    public override bool Informational => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from carrier in context.Resources
        from annotation in carrier.Annotations.OfType<CisDeviationsAnnotation>()
        from deviation in annotation.Deviations
        group (carrier, deviation) by deviation.Id into same
        let first = same.First()
        select RuleViolation.Of(
            first.carrier,
            $"{CisDeviation.Benchmark} {first.deviation.Id} \"{first.deviation.Title}\" is not followed by design: "
            + $"{first.deviation.Reason} Compensating control: {first.deviation.CompensatingControl}");
}
