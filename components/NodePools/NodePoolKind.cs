namespace Infra.NodePools;

/// <summary>
/// What a pool is for, stated in the stack config (<c>kind</c>), never read from its name: it picks the instance
/// families the pool may use (<see cref="NodePoolPreset.Families"/>), its default types, labels, taints and kubelet
/// alignment. Spelt in config as the member in camelCase (<c>general</c>, <c>compute</c>, <c>memory</c>, <c>gpu</c>).
/// </summary>
public enum NodePoolKind
{
    /// <summary>4 GiB per vCPU: services with no strong lean; the pool that keeps nodes when idle.</summary>
    General,

    /// <summary>2 GiB per vCPU: CPU-bound work (batch, encoding, request-heavy services).</summary>
    Compute,

    /// <summary>8 GiB per vCPU: caches, in-memory analytics, JVMs with large heaps.</summary>
    Memory,

    /// <summary>NVIDIA GPUs: only pods that ask for one.</summary>
    Gpu,
}
