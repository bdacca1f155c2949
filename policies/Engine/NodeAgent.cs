namespace Infra.Policies.Engine;

/// <summary>
/// A DaemonSet's pod on every node of a pool (CNI, DNS cache, device plugin, CSI node): what it requests on each node,
/// which the pool's workloads cannot use.
/// </summary>
/// <param name="Name">The DaemonSet, e.g. <c>calico-node</c>.</param>
/// <param name="Cpu">Cores it requests per node.</param>
/// <param name="MemoryBytes">Memory it requests per node.</param>
public sealed record NodeAgent(string Name, decimal Cpu, decimal MemoryBytes);
