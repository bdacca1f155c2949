using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// The tenants' quotas together fit the cluster at its largest: the sum over ResourceQuotas of their
/// <c>requests.cpu</c> and <c>requests.memory</c> is at most what the untainted pools, where tenants' pods (naming no
/// pool) run, offer workloads at their maximum size: maxNodes x a node's allocatable less its DaemonSets
/// (<see cref="PoolCapacity.PerNodeForWorkloads"/>). Advisory: a quota is a ceiling, not a reservation, so an
/// overcommitted cluster runs until the tenants use what they were promised together; the finding names the shortfall
/// before they do. No pool facts, or no quota, nothing to check.
/// </summary>
public sealed class TenantQuotasFitPools : PolicyRule
{
    public override string Id => "CAP-005";

    public override string Title => "Tenants' quotas together fit the untainted pools at their maximum size";

    public override string Rationale =>
        "A quota promises a tenant capacity: quotas that add up to more than the pools can hold overcommit the cluster unnoticed, and the tenant who scales last finds Pending pods the quota admitted.";

    /// <summary>Advisory everywhere: quotas cap, they reserve nothing; raising a pool's max or trimming a quota is a budget decision.</summary>
    public override bool MandatoryInProduction => false;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var pools = context.Facts.Pools.Where(pool => !pool.Tainted && pool.PerNode is not null).ToList();
        var quotas = context.ResourcesOf<ResourceQuota>().ToList();
        if (pools.Count == 0 || quotas.Count == 0)
        {
            yield break;
        }

        var namespaces = context.ResourcesOf<KubernetesNamespace>().ToList();
        var resources = new (string Name, string Key, Func<NodeAllocatable, decimal> PerNode, Func<decimal, string> Show)[]
        {
            ("cpu", "requests.cpu", node => node.Cpu, CapacityNumbers.Cores),
            ("memory", "requests.memory", node => node.MemoryBytes, CapacityNumbers.Gibibytes),
        };
        foreach (var (name, key, perNode, show) in resources)
        {
            var promised = quotas.Select(quota => (Tenant: TenantOf(quota, namespaces), Amount: Hard(quota, key)))
                .Where(quota => quota.Amount > 0).ToList();
            var total = promised.Sum(quota => quota.Amount);
            var offered = pools.Sum(pool => pool.MaxNodes * perNode(pool.PerNodeForWorkloads!));
            if (total > offered)
            {
                var tenants = promised.OrderByDescending(quota => quota.Amount).ThenBy(quota => quota.Tenant, StringComparer.Ordinal)
                    .Select(quota => $"{quota.Tenant} {show(quota.Amount)}");
                var capacity = pools.Select(pool => $"{pool.Name} {pool.MaxNodes} x {show(perNode(pool.PerNodeForWorkloads!))}");
                yield return RuleViolation.OfStack(
                    $"the tenants' quotas promise {show(total)} of {name} requests ({string.Join(" + ", tenants)}) but the untainted pools at their maxima offer workloads {show(offered)} ({string.Join(" + ", capacity)}, after DaemonSets): overcommitted by {show(total - offered)}: raise those pools' max in {context.Facts.PoolsKey}, or lower the tenants' quotas (infra:tenants)");
            }
        }
    }

    /// <summary>The quota's namespace by its literal name, also where the quota names it by the namespace's name output.</summary>
    private static string TenantOf(ResourceQuota quota, IReadOnlyList<KubernetesNamespace> namespaces) =>
        quota.Metadata?.Namespace is { Node: OutputReference output } && namespaces.FirstOrDefault(ns => ReferenceEquals(output.Resource, ns))?.Metadata?.Name?.KnownValue is { } name
            ? name
            : KubernetesObjects.NamespaceOf(quota.Metadata);

    private static decimal Hard(ResourceQuota quota, string key) =>
        quota.Args.Spec.Hard.GetValueOrDefault(key) is { } text && Quantity.TryParse(text, out var amount) ? amount : 0m;
}
