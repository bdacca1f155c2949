namespace Infra.Policies.Engine;

/// <summary>
/// What one node pool can hold at its largest, for the capacity rules: its maximum node count, what each node
/// offers pods after the kubelet's reservations and eviction threshold (<see cref="NodeAllocatable"/>), and the
/// DaemonSets every node runs besides the workloads (<see cref="Agents"/>).
/// </summary>
/// <param name="Name">The pool's name, the value of its nodes' <c>node-pool</c> label.</param>
/// <param name="MaxNodes">The pool's maximum size.</param>
/// <param name="InstanceType">The instance type the allocatable figures are of (the pool's first, which the Cluster Autoscaler plans with).</param>
/// <param name="PerNode">What one node offers pods; null when the instance type's shape is not known here.</param>
/// <param name="Tainted">Whether the pool's nodes carry a taint (GPU pools do): pods that name no pool do not land there.</param>
public sealed record PoolCapacity(string Name, int MaxNodes, string InstanceType, NodeAllocatable? PerNode, bool Tainted)
{
    public bool HasGpus => PerNode?.Gpus > 0;

    /// <summary>The DaemonSets scheduled on every node of the pool; empty when none are known.</summary>
    public IReadOnlyList<NodeAgent> Agents { get; init; } = [];

    /// <summary>What one node leaves workloads: <see cref="PerNode"/> less the <see cref="Agents"/>' requests and one pod slot each; null as <see cref="PerNode"/>.</summary>
    public NodeAllocatable? PerNodeForWorkloads => PerNode is null ? null : PerNode with
    {
        Cpu = PerNode.Cpu - Agents.Sum(agent => agent.Cpu),
        MemoryBytes = PerNode.MemoryBytes - Agents.Sum(agent => agent.MemoryBytes),
        Pods = PerNode.Pods - Agents.Count,
    };
}

