namespace Infra.Policies.Engine;

/// <summary>What one node offers pods after the kubelet's reservations: cores, bytes of memory, pod slots (maxPods) and GPUs.</summary>
/// <param name="Cpu">Allocatable cores.</param>
/// <param name="MemoryBytes">Allocatable memory, after the hard eviction threshold.</param>
/// <param name="Pods">Pod slots: the kubelet's min(maxPods, podsPerCore x vCPUs).</param>
/// <param name="Gpus">GPUs the device plugin advertises.</param>
/// <param name="Arithmetic">How the figures follow from the instance type, for findings.</param>
public sealed record NodeAllocatable(decimal Cpu, decimal MemoryBytes, int Pods, int Gpus, string Arithmetic);
