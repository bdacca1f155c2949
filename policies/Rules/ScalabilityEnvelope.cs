using System.Globalization;
using Infra.NodePools;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The cluster at its largest stays within Kubernetes' tested scalability envelope: at most 5,000 nodes (every pool at
/// its max plus the control-plane nodes, counted as the address plan counts them) and at most 150,000 pods (every
/// Deployment at its maximum replicas). Whether the networks hold those nodes is the address plan's check, which
/// refuses the config when it loads (components/Network/AddressPlan.cs); this rule adds the limits no network shows.
/// </summary>
public sealed class ScalabilityEnvelope : PolicyRule
{
    /// <summary>Nodes in Kubernetes' scalability thresholds (SIG Scalability): also the most our pools plan for.</summary>
    public const int MaxNodes = NodePool.MaxExpectedNodes;

    /// <summary>Pods in Kubernetes' scalability thresholds (SIG Scalability).</summary>
    public const int MaxPods = 150_000;

    public override string Id => "CAP-002";

    public override string Title => "The cluster at its largest stays within 5,000 nodes and 150,000 pods";

    public override string Rationale =>
        "Beyond the tested envelope the API server, etcd and the scheduler are untested: list latency and watch fan-out degrade for every tenant at once, and upstream offers no tuning that is known to hold.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var facts = context.Facts;
        var nodes = facts.Pools.Sum(pool => pool.MaxNodes) + facts.ControlPlaneNodes;
        if (facts.Pools.Count > 0 && nodes > MaxNodes)
        {
            var terms = facts.Pools.Select(pool => $"{pool.Name} {Count(pool.MaxNodes)}").Append($"{facts.ControlPlaneNodes} control-plane");
            yield return RuleViolation.OfStack(
                $"the pools at their maxima make {string.Join(" + ", terms)} = {Count(nodes)} nodes, {Count(nodes - MaxNodes)} above the envelope's {Count(MaxNodes)}: lower the pools' max in {facts.PoolsKey}, or split the workloads over a second cluster");
        }

        var readings = new DeploymentReadings(context);
        var pods = readings.Deployments.Sum(readings.MaxReplicas);
        if (pods > MaxPods)
        {
            var largest = readings.Deployments.OrderByDescending(readings.MaxReplicas).ThenBy(DeploymentReadings.NameOf, StringComparer.Ordinal).Take(3)
                .Select(d => $"{DeploymentReadings.NameOf(d)} {Count(readings.MaxReplicas(d))}");
            yield return RuleViolation.OfStack(
                $"the workloads at their maximum replicas make {Count(pods)} pods over {Count(readings.Deployments.Count)} Deployments, {Count(pods - MaxPods)} above the envelope's {Count(MaxPods)} (largest: {string.Join(", ", largest)}): lower MaxReplicas, or split the workloads over a second cluster");
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
