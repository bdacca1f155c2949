using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Policy;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// A Deployment that runs several replicas (a replica count above 1, or an HPA scaling it) has a
/// PodDisruptionBudget in its namespace whose <c>matchLabels</c> select its pods: a non-empty subset
/// of the pod template's labels.
/// </summary>
public sealed class DisruptionBudgetRequired : PolicyRule
{
    public override string Id => "K8S-002";

    public override string Title => "Replicated Deployments have a PodDisruptionBudget";

    public override string Rationale =>
        "Node drains (upgrades, instance refresh, Cluster Autoscaler scale-down) evict pods without limit unless a budget caps them, taking every replica down at once.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var autoscalers = context.ResourcesOf<HorizontalPodAutoscaler>().ToList();
        var budgets = context.ResourcesOf<PodDisruptionBudget>().ToList();
        return context.ResourcesOf<Deployment>()
            .Where(deployment => deployment.Args.Spec.Replicas > 1 || autoscalers.Any(hpa => Scales(hpa, deployment)))
            .Where(deployment => !budgets.Any(budget => Covers(budget, deployment)))
            .Select(deployment => RuleViolation.Of(
                deployment,
                $"no PodDisruptionBudget in namespace '{KubernetesObjects.NamespaceOf(deployment.Metadata)}' selects its pods: "
                + "add one whose selector matchLabels are among the pod template's labels (Workload declares it)"));
    }

    private static bool Scales(HorizontalPodAutoscaler hpa, Deployment deployment) =>
        hpa.Args.Spec.ScaleTargetRef.Kind == deployment.Kind
        && deployment.Metadata?.Name is { } name
        && KubernetesObjects.Same(hpa.Args.Spec.ScaleTargetRef.Name, name)
        && KubernetesObjects.SameNamespace(hpa.Metadata, deployment.Metadata);

    private static bool Covers(PodDisruptionBudget budget, Deployment deployment)
    {
        var selector = budget.Args.Spec?.Selector?.MatchLabels;
        var podLabels = deployment.Args.Spec.Template.Metadata?.Labels;
        return KubernetesObjects.SameNamespace(budget.Metadata, deployment.Metadata)
            && selector is { Count: > 0 }
            && podLabels is not null
            && selector.All(label => podLabels.TryGetValue(label.Key, out var value) && KubernetesObjects.Same(value, label.Value));
    }
}
