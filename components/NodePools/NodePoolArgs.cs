namespace Infra.NodePools;

/// <summary>
/// A node pool: which instances, how many, and what Kubernetes knows them by. Start from a factory
/// (<see cref="General"/>, <see cref="Compute"/>, <see cref="Memory"/>, <see cref="Gpu"/>) and change
/// what differs with <c>with { ... }</c>.
/// </summary>
/// <remarks>
/// Pool maximums are a share of <see cref="NodePoolCluster.ExpectedNodes"/> taken from the seed's
/// 1,000-node split: compute 128 (12.8%), memory 256 (25.6%), GPU 32 (3.2%), general the other
/// 584 (58.4%). All instance types of a pool share one size: the Cluster Autoscaler plans new nodes
/// from the first type, so a smaller second type would under-deliver.
/// </remarks>
public sealed record NodePoolArgs
{
    public required NodePoolCluster Cluster { get; init; }

    /// <summary>The pool's name: its component id, its <see cref="PoolLabel"/> value and part of its Name tag.</summary>
    public required string Name { get; init; }

    /// <summary>Instance types in order of preference; all of one size, all of <see cref="AllowedFamilies"/>.</summary>
    public required IReadOnlyList<string> InstanceTypes { get; init; }

    /// <summary>The instance families this kind of pool is meant for; a type outside them is a mistake worth stopping.</summary>
    public required IReadOnlyList<string> AllowedFamilies { get; init; }

    public required int MinSize { get; init; }

    /// <summary>The group's size when created; the Cluster Autoscaler owns it afterwards.</summary>
    public required int DesiredCapacity { get; init; }

    public required int MaxSize { get; init; }

    /// <summary>Node labels besides <see cref="PoolLabel"/>, which every pool sets.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Taints nodes register with: none for pools any pod may use.</summary>
    public IReadOnlyList<NodeTaint> Taints { get; init; } = [];

    /// <summary>100 GiB: the images of up to 250 pods plus their logs and emptyDirs, with room before image garbage collection starts.</summary>
    public int RootVolumeSizeGiB { get; init; } = 100;

    /// <summary>The root device of the Ubuntu images the pools boot (<see cref="NodeImage"/>).</summary>
    public string RootDeviceName { get; init; } = "/dev/sda1";

    /// <summary>The pinned runtime and Kubernetes binaries of <see cref="NodeSoftware"/>: one version set per cluster unless a pool is being upgraded first.</summary>
    public NodeSoftware Software { get; init; } = new();

    /// <summary>
    /// 300 s: boot, package installation and (later) kubeadm join take 2-4 minutes; a shorter grace
    /// period lets EC2 health checks replace nodes that are still joining.
    /// </summary>
    public int HealthCheckGracePeriodSeconds { get; init; } = 300;

    /// <summary>
    /// Whether the nodes have NVIDIA GPUs: they install the driver and container toolkit at boot
    /// (<see cref="NvidiaGpuSoftware"/>) and run containers through the NVIDIA runtime. Set by <see cref="Gpu"/>.
    /// </summary>
    public bool NvidiaGpus { get; init; }

    /// <summary>
    /// Whether the nodes' instance-store NVMe disks are formatted and mounted at boot (<see cref="LocalSsdDisks"/>) for
    /// local PersistentVolumes, the nodes labelled <see cref="LocalSsdDisks.NodeLabel"/>. Only for instance types of
    /// <see cref="InstanceStoreFamilies"/>. Off by default: the disks' data dies with the node.
    /// </summary>
    public bool LocalSsd { get; init; }

    /// <summary>The label every node of a pool carries, with the pool's name as value.</summary>
    public const string PoolLabel = "node-pool";

    /// <summary>
    /// General purpose (4 GiB per vCPU): m7i.4xlarge, m6i.4xlarge as fallback; 16 vCPUs give 160 pods at 10 per core. At least 3 nodes, one per zone, for system pods.
    /// The AMD families m7a and m6a are allowed too: they have the same vCPU and memory per size, so the autoscaler's
    /// planning and the pool's pod density hold, they cost about 10% less, and more families mean more capacity pools
    /// to launch from when one type runs short at a thousand nodes (the environment profiles pair m6i with m6a).
    /// </summary>
    public static NodePoolArgs General(NodePoolCluster cluster) =>
        Pool(cluster, "general", ["m7i.4xlarge", "m6i.4xlarge"], ["m7i", "m7a", "m6i", "m6a"], share: 0.584, minSize: 3);

    /// <summary>Compute-intensive (2 GiB per vCPU): c7i.4xlarge, c6i.4xlarge. Scales from zero.</summary>
    public static NodePoolArgs Compute(NodePoolCluster cluster) =>
        Pool(cluster, "compute", ["c7i.4xlarge", "c6i.4xlarge"], ["c7i", "c6i"], share: 0.128, minSize: 0);

    /// <summary>Memory-intensive (8 GiB per vCPU): r7i.4xlarge, r6i.4xlarge. Scales from zero.</summary>
    public static NodePoolArgs Memory(NodePoolCluster cluster) =>
        Pool(cluster, "memory", ["r7i.4xlarge", "r6i.4xlarge"], ["r7i", "r6i"], share: 0.256, minSize: 0);

    /// <summary>
    /// GPU: g4dn.xlarge (one NVIDIA T4, the seed's GPU); g5 (A10G) allowed. Tainted
    /// <c>nvidia.com/gpu=present:NoSchedule</c> so only pods that ask for a GPU land there; 200 GiB
    /// root volume because CUDA images run to several GiB. Scales from zero.
    /// </summary>
    public static NodePoolArgs Gpu(NodePoolCluster cluster) =>
        Pool(cluster, "gpu", ["g4dn.xlarge"], ["g4dn", "g5"], share: 0.032, minSize: 0) with
        {
            Labels = new Dictionary<string, string> { ["nvidia.com/gpu.present"] = "true" },
            Taints = [new NodeTaint("nvidia.com/gpu", "present", TaintEffect.NoSchedule)],
            RootVolumeSizeGiB = 200,
            NvidiaGpus = true,
        };

    private static NodePoolArgs Pool(NodePoolCluster cluster, string name, string[] instanceTypes, string[] families, double share, int minSize)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new NodePoolArgs
        {
            Cluster = cluster,
            Name = name,
            InstanceTypes = instanceTypes,
            AllowedFamilies = families,
            MinSize = minSize,
            DesiredCapacity = minSize,
            MaxSize = Math.Max(Math.Max(minSize, 1), (int)Math.Ceiling(share * cluster.ExpectedNodes)),
        };
    }
}
