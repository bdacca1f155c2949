using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Autoscaling;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Policy;
using Infra.Model;
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
        // Indexed so the rule stays linear in the number of workloads (a platform declares thousands).
        var scaledDeployments = context.ResourcesOf<HorizontalPodAutoscaler>()
            .Where(hpa => hpa.Args.Spec.ScaleTargetRef.Kind == DeploymentKind)
            .Select(hpa => (Namespace(hpa.Metadata), hpa.Args.Spec.ScaleTargetRef.Name.Node))
            .ToHashSet();
        var budgetsBySelectorLabel = context.ResourcesOf<PodDisruptionBudget>()
            .Where(budget => budget.Args.Spec?.Selector?.MatchLabels is { Count: > 0 })
            .ToLookup(budget => (Namespace(budget.Metadata), FirstLabel(budget.Args.Spec!.Selector!.MatchLabels!)));

        foreach (var deployment in context.ResourcesOf<Deployment>())
        {
            var replicated = deployment.Args.Spec.Replicas > 1
                || (deployment.Metadata?.Name is { } name && scaledDeployments.Contains((Namespace(deployment.Metadata), name.Node)));
            if (replicated && !HasBudget(deployment, budgetsBySelectorLabel))
            {
                yield return RuleViolation.Of(
                    deployment,
                    $"no PodDisruptionBudget in namespace '{KubernetesObjects.NamespaceOf(deployment.Metadata)}' selects its pods: "
                    + "add one whose selector matchLabels are among the pod template's labels (Workload declares it)");
            }
        }
    }

    private const string DeploymentKind = "Deployment";

    private static object Namespace(ObjectMeta? metadata) =>
        metadata?.Namespace?.Node ?? KubernetesObjects.DefaultNamespace;

    /// <summary>A budget can only cover pods carrying its first selector label (in key order), so that label indexes it.</summary>
    private static (string Key, object Value) FirstLabel(IReadOnlyDictionary<string, Expr<string>> selector)
    {
        var key = selector.Keys.Min(StringComparer.Ordinal)!;
        return (key, selector[key].Node);
    }

    private static bool HasBudget(Deployment deployment, ILookup<(object, (string, object)), PodDisruptionBudget> budgetsBySelectorLabel)
    {
        var podLabels = deployment.Args.Spec.Template.Metadata?.Labels;
        if (podLabels is null)
        {
            return false;
        }

        var @namespace = Namespace(deployment.Metadata);
        return podLabels.Any(label => budgetsBySelectorLabel[(@namespace, (label.Key, label.Value.Node))]
            .Any(budget => budget.Args.Spec!.Selector!.MatchLabels!.All(wanted =>
                podLabels.TryGetValue(wanted.Key, out var value) && KubernetesObjects.Same(value, wanted.Value))));
    }
}
