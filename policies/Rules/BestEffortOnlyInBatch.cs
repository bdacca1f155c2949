using Infra.Kubernetes.Apps;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// A Deployment whose pods request and limit nothing (BestEffort) is of the batch tier (pod label <c>tier: batch</c>)
/// and runs in a namespace of the program labelled for batch (<see cref="TenantTier.Label"/> = batch).
/// </summary>
public sealed class BestEffortOnlyInBatch : PolicyRule
{
    public override string Id => "K8S-010";

    public override string Title => "BestEffort pods run only in the batch tier, in namespaces marked for batch";

    public override string Rationale =>
        "BestEffort pods are invisible to the scheduler's accounting and evicted first under pressure (seed 000): fine for offline work that retries, an outage for a service. Only a batch namespace's quota caps them by count.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var batchNamespaces = context.ResourcesOf<KubernetesNamespace>()
            .Where(ns => ns.Metadata?.Labels?.TryGetValue(TenantTier.Label, out var tier) == true && tier.KnownValue == TenantTier.BatchName)
            .ToList();
        foreach (var deployment in context.ResourcesOf<Deployment>().Where(DeploymentReadings.IsBestEffort))
        {
            if (!DeploymentReadings.IsBatch(deployment))
            {
                yield return RuleViolation.Of(
                    deployment,
                    "spec.template.spec.containers",
                    "its pods request and limit nothing (BestEffort) outside the batch tier: set requests and limits (Workload Qos Guaranteed or Burstable), or make it a batch workload (Tier = ServiceTier.Batch)");
            }
            else if (!batchNamespaces.Any(ns => IsNamespaceOf(ns, deployment)))
            {
                yield return RuleViolation.Of(
                    deployment,
                    "metadata.namespace",
                    $"its BestEffort pods run in namespace '{KubernetesObjects.NamespaceOf(deployment.Metadata)}', which is not marked for batch: move it to a PlatformNamespace with Tenant = TenantTier.Batch(...)");
            }
        }
    }

    /// <summary>The Deployment names the namespace literally, or by the namespace's name output.</summary>
    private static bool IsNamespaceOf(KubernetesNamespace ns, Deployment deployment) =>
        deployment.Metadata?.Namespace is { } name
        && ((ns.Metadata?.Name is { } literal && KubernetesObjects.Same(literal, name)) || (name.Node is OutputReference output && ReferenceEquals(output.Resource, ns)));
}
