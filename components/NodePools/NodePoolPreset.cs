namespace Infra.NodePools;

/// <summary>
/// The defaults of one <see cref="NodePoolKind"/>: the instance families it allows, the types a pool starts from, its
/// share of the cluster's planned nodes and its minimum. Families are listed Intel, AMD, then Graviton, newest first:
/// within a kind they have the same vCPUs and memory per size (the instance type table, <c>Ec2InstanceTypes</c>), so the
/// Cluster Autoscaler's planning and a pool's pod density hold whichever launches; the AMD families cost about 10% less
/// than Intel at the same size, Graviton less again, and more families mean more capacity pools to launch from
/// when one type runs short at a thousand nodes. A pool's types must share one architecture: Graviton (arm64) pools
/// list Graviton types only and boot the arm64 image. After them come the families with NVMe instance store that a
/// <see cref="NodePoolArgs.LocalSsd"/> pool of the kind needs: each kind's <c>d</c> variant (m6id, c6id, r6id: its base
/// family's shape with disks), and a storage-optimized family joins the kind whose GiB per vCPU it has, so the shape
/// rule above still holds: i4i (8 GiB per vCPU, like r) is a memory family. Graviton <c>d</c> variants (m7gd, c7gd,
/// r7gd) wait until their instance store is in the table with a source.
/// </summary>
/// <remarks>
/// Shares are the seed's 1,000-node split (seed 001): compute 128 (12.8%), memory 256 (25.6%), GPU 32 (3.2%), general
/// the other 584 (58.4%). Default types are 4xlarge (16 vCPUs): large enough that reservations take under 3% of the
/// CPU and a DaemonSet's per-node cost is spread over many pods, small enough that one node is 0.2% of a 584-node pool.
/// </remarks>
public sealed record NodePoolPreset(NodePoolKind Kind, IReadOnlyList<string> Families, IReadOnlyList<string> InstanceTypes, double Share, int MinSize)
{
    /// <summary>General purpose; at least 3 nodes, one per zone, for system pods.</summary>
    public static NodePoolPreset General { get; } = new(NodePoolKind.General, ["m7i", "m7a", "m6i", "m6a", "m7g", "m6g", "m6id"], ["m7i.4xlarge", "m6i.4xlarge"], 0.584, 3);

    /// <summary>Compute-optimized; scales from zero.</summary>
    public static NodePoolPreset Compute { get; } = new(NodePoolKind.Compute, ["c7i", "c7a", "c6i", "c6a", "c7g", "c6g", "c6id"], ["c7i.4xlarge", "c6i.4xlarge"], 0.128, 0);

    /// <summary>Memory-optimized; scales from zero.</summary>
    public static NodePoolPreset Memory { get; } = new(NodePoolKind.Memory, ["r7i", "r7a", "r6i", "r6a", "r7g", "r6g", "r6id", "i4i"], ["r7i.4xlarge", "r6i.4xlarge"], 0.256, 0);

    /// <summary>g4dn.xlarge: one NVIDIA T4, the seed's GPU; g5 (A10G) allowed. Scales from zero.</summary>
    public static NodePoolPreset Gpu { get; } = new(NodePoolKind.Gpu, ["g4dn", "g5"], ["g4dn.xlarge"], 0.032, 0);

    public static NodePoolPreset Of(NodePoolKind kind) => kind switch
    {
        NodePoolKind.General => General,
        NodePoolKind.Compute => Compute,
        NodePoolKind.Memory => Memory,
        NodePoolKind.Gpu => Gpu,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no preset for this pool kind"),
    };

    /// <summary>The pool's maximum in a cluster of <paramref name="expectedNodes"/>: its share, at least its minimum and at least one.</summary>
    public int MaxSize(int expectedNodes) => Math.Max(Math.Max(MinSize, 1), (int)Math.Ceiling(Share * expectedNodes));
}
