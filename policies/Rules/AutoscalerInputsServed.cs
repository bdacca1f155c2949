using Infra.Kubernetes;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Yaml;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Autoscalers read inputs someone must serve: an HPA with a Pods metric needs a metrics adapter serving the custom
/// metrics API, a VerticalPodAutoscaler needs the VPA recommender. Until a resource of the program declares it
/// provides them (<see cref="ProvidesAnnotation"/>), each such object is reported. Advisory: the objects are harmless,
/// only inert (an HPA missing one metric still scales up on the others but never down).
/// </summary>
public sealed class AutoscalerInputsServed : PolicyRule
{
    public override string Id => "K8S-012";

    public override string Title => "Custom-metric HPAs and VPAs have a metrics adapter and a recommender";

    public override string Rationale =>
        "An HPA whose custom metric nobody serves never scales down; a VPA without a recommender recommends nothing. Both look configured while doing nothing.";

    public override bool MandatoryInProduction => false;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var provided = context.Resources.SelectMany(resource => resource.Annotations.OfType<ProvidesAnnotation>()).Select(p => p.Capability).ToHashSet(StringComparer.Ordinal);
        if (!provided.Contains(ProvidesAnnotation.CustomMetricsApi))
        {
            foreach (var hpa in context.ResourcesOf<HorizontalPodAutoscaler>().Where(hpa => hpa.Args.Spec.Metrics?.Any(m => m.Type == MetricSourceType.Pods) == true))
            {
                yield return RuleViolation.Of(
                    hpa,
                    "spec.metrics",
                    $"scales on a Pods metric, but nothing in the stack serves {ProvidesAnnotation.CustomMetricsApi}, so it scales up on its other metrics and never down: install a metrics adapter (observability work) or drop the metric (Workload RequestsPerSecond unset)");
            }
        }

        if (!provided.Contains(ProvidesAnnotation.VerticalPodAutoscalerRecommender))
        {
            foreach (var group in context.ResourcesOf<ConfigGroup>().Where(g => g.Args.Objs.OfType<CustomObject>().Any(o => o.Kind == VerticalPodAutoscaler.Kind)))
            {
                yield return RuleViolation.Of(
                    group,
                    "objs",
                    "declares a VerticalPodAutoscaler, but no VPA recommender is installed, so it recommends nothing: install the recommender (and its CRDs) or set Workload RecommendResources = false");
            }
        }
    }
}
