using Infra.Kubernetes.Autoscaling;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// HPAs wait at least <see cref="MinimumWindowSeconds"/> before scaling down. Unset means the
/// Kubernetes default of 300 s, which complies.
/// </summary>
public sealed class ScaleDownStabilized : PolicyRule
{
    /// <summary>60 s: a minute of metrics (one Metrics Server scrape window) before removing pods; the seed uses 300 s.</summary>
    public const int MinimumWindowSeconds = 60;

    public override string Id => "K8S-004";

    public override string Title => "HPAs stabilize scale-down for at least 60 seconds";

    public override string Rationale =>
        "Without a scale-down window the autoscaler removes pods on every dip and adds them back on the next peak: flapping that churns pods and connections.";

    public override bool MandatoryInProduction => false;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from hpa in context.ResourcesOf<HorizontalPodAutoscaler>()
        let window = hpa.Args.Spec.Behavior?.ScaleDown?.StabilizationWindowSeconds
        where window < MinimumWindowSeconds
        select RuleViolation.Of(
            hpa,
            "spec.behavior.scaleDown.stabilizationWindowSeconds",
            $"scale-down reacts after {window} s: set ScaleDown.StabilizationWindowSeconds to at least {MinimumWindowSeconds} (or leave it unset for 300 s)");
}
