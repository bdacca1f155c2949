using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every Deployment outside the batch tier runs at least 2 replicas: its HPA's floor, else its replica count (unset: 1).
/// With K8S-001 (requests and limits) and K8S-002 (a disruption budget for every replicated Deployment) this is the
/// production floor of a service; batch workloads are exempt from all three.
/// </summary>
public sealed class ProductionWorkloadsReplicated : PolicyRule
{
    public const int MinReplicas = 2;

    public override string Id => "K8S-011";

    public override string Title => "Services outside the batch tier run at least 2 replicas";

    public override string Rationale =>
        "A single replica is down for every node drain, upgrade and Cluster Autoscaler scale-down, and a disruption budget can only block those drains, not keep the service up.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var readings = new DeploymentReadings(context);
        foreach (var deployment in readings.Deployments.Where(d => !DeploymentReadings.IsBatch(d)))
        {
            var min = readings.MinReplicas(deployment);
            if (min < MinReplicas)
            {
                yield return RuleViolation.Of(
                    deployment,
                    "spec.replicas",
                    $"runs {min} replica at its floor: set MinReplicas (or replicas) to at least {MinReplicas}, 3 to survive a zone, or make it a batch workload");
            }
        }
    }
}
