using Infra.Kubernetes.Apps;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// For each pool, the workloads at their maximum replicas fit the pool at its maximum size: the sum over Deployments
/// of maxReplicas x per-pod requests (cpu, memory, pods, GPUs) is at most maxNodes x what a node offers pods
/// (<see cref="StackFacts.Pools"/>). A Deployment pinned by its <c>node-pool</c> node selector counts against its
/// pool; one naming no pool counts against the untainted pools together, where the scheduler may put it. Each
/// shortfall is named with its arithmetic and the largest consumers. Pools come from the cluster stack: on the
/// platform stack, from its file (see <see cref="StackFacts.Pools"/>); no pools, nothing to check.
/// </summary>
/// <remarks>
/// Every node also runs the DaemonSets that schedule on its pool (<see cref="PoolCapacity.Agents"/>): their requests
/// and one pod slot each come off every node before workloads count (<see cref="PoolCapacity.PerNodeForWorkloads"/>),
/// and the finding shows that overhead. Their figures are the stack's (stacks/Composition/PoolDaemonSets.cs): the
/// values' requests where the values set them, else a documented per-node figure, never zero: a pod that requests
/// nothing still runs on every node.
/// </remarks>
public sealed class PoolCapacityFits : PolicyRule
{
    public override string Id => "CAP-001";

    public override string Title => "Workloads at their maximum replicas fit their pools at their maximum size";

    public override string Rationale =>
        "An autoscaler ceiling the pools cannot hold turns a traffic peak into Pending pods exactly when capacity is needed; the Cluster Autoscaler stops at the pool's max.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context)
    {
        var pools = context.Facts.Pools;
        if (pools.Count == 0)
        {
            yield break;
        }

        var readings = new DeploymentReadings(context);
        var byPool = readings.Deployments.ToLookup(DeploymentReadings.Pool, StringComparer.Ordinal);
        foreach (var pinned in byPool.Where(group => group.Key is { } name && pools.All(pool => pool.Name != name)))
        {
            foreach (var deployment in pinned)
            {
                yield return RuleViolation.Of(deployment, "spec.template.spec.nodeSelector", $"selects pool '{pinned.Key}', which {context.Facts.PoolsKey} does not declare: use one of {string.Join(", ", pools.Select(p => p.Name))}");
            }
        }

        foreach (var pool in pools)
        {
            if (pool.PerNode is null)
            {
                yield return RuleViolation.OfStack($"pool {pool.Name}: the shape of instance type {pool.InstanceType} is not known, so its capacity cannot be checked: use a type of the c, m, r, g4dn, g5 or g6 families, or extend PoolCapacityFacts");
                continue;
            }

            foreach (var shortfall in Shortfalls($"pool {pool.Name} ({pool.MaxNodes} nodes x [{pool.PerNode.Arithmetic}]{AgentsOf(pool)})", [pool], [.. byPool[pool.Name]], readings))
            {
                yield return RuleViolation.OfStack($"{shortfall}: raise the pool's max in {context.Facts.PoolsKey}, or lower the workloads' MaxReplicas or requests");
            }
        }

        var untainted = pools.Where(pool => !pool.Tainted && pool.PerNode is not null).ToList();
        var shared = untainted.SelectMany(pool => byPool[pool.Name]).Concat(byPool[null]).ToList();
        if (byPool[null].Any())
        {
            var group = $"the untainted pools {string.Join(" + ", untainted.Select(pool => $"{pool.Name} ({pool.MaxNodes} nodes)"))}, where workloads naming no pool run";
            foreach (var shortfall in Shortfalls(group, untainted, shared, readings))
            {
                yield return RuleViolation.OfStack($"{shortfall}: raise those pools' max in {context.Facts.PoolsKey}, pin workloads to a pool with room, or lower their MaxReplicas or requests");
            }
        }
    }

    /// <summary>Each resource the Deployments at their maxima request beyond what <paramref name="pools"/> offer, with the arithmetic.</summary>
    private static IEnumerable<string> Shortfalls(string where, IReadOnlyList<PoolCapacity> pools, List<Deployment> deployments, DeploymentReadings readings)
    {
        if (deployments.Count == 0)
        {
            yield break;
        }

        var resources = new (string Name, Func<Deployment, decimal> PerPod, Func<NodeAllocatable, decimal> PerNode, Func<decimal, string> Show)[]
        {
            ("cpu", d => DeploymentReadings.PodRequest(d, "cpu"), node => node.Cpu, CapacityNumbers.Cores),
            ("memory", d => DeploymentReadings.PodRequest(d, "memory"), node => node.MemoryBytes, CapacityNumbers.Gibibytes),
            ("pods", _ => 1, node => node.Pods, pods => CapacityNumbers.Number(pods) + " pods"),
            ("gpu", d => DeploymentReadings.PodRequest(d, DeploymentReadings.GpuResource), node => node.Gpus, gpus => CapacityNumbers.Number(gpus) + " GPUs"),
        };
        foreach (var (name, perPod, perNode, show) in resources)
        {
            var demand = deployments.Select(d => (Deployment: d, Amount: readings.MaxReplicas(d) * perPod(d))).Where(d => d.Amount > 0).ToList();
            var needed = demand.Sum(d => d.Amount);
            var offered = pools.Sum(pool => pool.MaxNodes * perNode(pool.PerNodeForWorkloads!));
            if (needed > offered)
            {
                var largest = demand.OrderByDescending(d => d.Amount).ThenBy(d => DeploymentReadings.NameOf(d.Deployment), StringComparer.Ordinal).Take(3)
                    .Select(d => $"{DeploymentReadings.NameOf(d.Deployment)} {readings.MaxReplicas(d.Deployment)} x {show(perPod(d.Deployment))} = {show(d.Amount)}");
                var perPool = pools.Select(pool => (Pool: pool, Node: perNode(pool.PerNode!), Overhead: perNode(pool.PerNode!) - perNode(pool.PerNodeForWorkloads!)))
                    .Select(p => p.Overhead == 0
                        ? $"{p.Pool.Name} {p.Pool.MaxNodes} x {show(p.Node)}"
                        : $"{p.Pool.Name} {p.Pool.MaxNodes} x ({show(p.Node)} - {show(p.Overhead)} for DaemonSets)");
                yield return $"{where}: {name} short by {show(needed - offered)}: the workloads at their maxima request {show(needed)} but the pools offer {show(offered)} ({string.Join(" + ", perPool)}); largest: {string.Join(", ", largest)}";
            }
        }
    }

    /// <summary>The DaemonSets on each of the pool's nodes, with their requests, for the finding's arithmetic.</summary>
    private static string AgentsOf(PoolCapacity pool) => pool.Agents.Count == 0
        ? string.Empty
        : $"; per node, DaemonSets {string.Join(", ", pool.Agents.Select(agent => $"{agent.Name} {CapacityNumbers.Cores(agent.Cpu)} {CapacityNumbers.Mebibytes(agent.MemoryBytes)}"))}";
}
