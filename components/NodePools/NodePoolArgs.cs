using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.Software;

namespace Infra.NodePools;

/// <summary>
/// A node pool: which instances, how many, and what Kubernetes knows them by. Start from a factory
/// (<see cref="For"/>, or <see cref="General"/>, <see cref="Compute"/>, <see cref="Memory"/>, <see cref="Gpu"/>) and
/// change what differs with <c>with { ... }</c>. What the pool's nodes are (vCPUs, memory, architecture, NUMA nodes,
/// GPUs) is read from the instance type table (<see cref="Ec2InstanceTypes"/>) for the first instance type, the one the
/// Cluster Autoscaler plans from: all types of a pool share one size and one architecture.
/// </summary>
public sealed record NodePoolArgs
{
    public required NodePoolCluster Cluster { get; init; }

    /// <summary>The pool's name: its component id, its <see cref="PoolLabel"/> value and part of its Name tag. Says nothing about its kind.</summary>
    public required string Name { get; init; }

    /// <summary>What the pool is for: its allowed families (AWS-008), labels, taints and kubelet alignment follow from it.</summary>
    public required NodePoolKind Kind { get; init; }

    /// <summary>Instance types in order of preference; all of one size and one architecture, all of <see cref="AllowedFamilies"/>.</summary>
    public required IReadOnlyList<string> InstanceTypes { get; init; }

    /// <summary>The instance families this kind of pool is meant for (<see cref="NodePoolPreset.Families"/>); a type outside them is a mistake worth stopping.</summary>
    public required IReadOnlyList<string> AllowedFamilies { get; init; }

    public required int MinSize { get; init; }

    /// <summary>The group's size when created; the Cluster Autoscaler owns it afterwards.</summary>
    public required int DesiredCapacity { get; init; }

    public required int MaxSize { get; init; }

    /// <summary>
    /// Percent of the capacity above <see cref="OnDemandBaseCapacity"/> launched as Spot (0-100). 0, all On-Demand: a
    /// Spot node can be reclaimed with two minutes' notice, which only pools whose pods tolerate interruption should
    /// accept, so it is chosen per pool, never a default.
    /// </summary>
    public int SpotPercentage { get; init; }

    /// <summary>The first nodes of the group, always On-Demand whatever <see cref="SpotPercentage"/> says: 0 unless Spot is mixed in.</summary>
    public int OnDemandBaseCapacity { get; init; }

    /// <summary>Node labels besides <see cref="PoolLabel"/>, which every pool sets.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Taints nodes register with: none for pools any pod may use.</summary>
    public IReadOnlyList<NodeTaint> Taints { get; init; } = [];

    /// <summary>Static CPU manager and single-NUMA-node topology (<see cref="KubeletSettings.NumaAligned"/>): on for compute and GPU pools.</summary>
    public bool NumaAligned { get; init; }

    /// <summary>100 GiB: the images of up to 250 pods plus their logs and emptyDirs, with room before image garbage collection starts.</summary>
    public int RootVolumeSizeGiB { get; init; } = 100;

    /// <summary>The root device of the Ubuntu images the pools boot (<see cref="NodeImage"/>).</summary>
    public string RootDeviceName { get; init; } = "/dev/sda1";

    /// <summary>
    /// The pinned runtime and Kubernetes binaries of <see cref="NodeSoftware"/>: one version set per cluster unless a pool
    /// is being upgraded first. Its architecture is the pool's (<see cref="Architecture"/>), whatever is set here.
    /// </summary>
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
    /// local PersistentVolumes, the nodes labelled <see cref="LocalSsdDisks.NodeLabel"/>. Only for instance types with NVMe
    /// instance store (<see cref="Ec2InstanceTypes"/>: <c>InstanceStoreGb</c> above zero, e.g. m6id, c6id, r6id, i4i). Off by default: the disks' data dies with the node.
    /// </summary>
    public bool LocalSsd { get; init; }

    /// <summary>The label every node of a pool carries, with the pool's name as value.</summary>
    public const string PoolLabel = "node-pool";

    /// <summary>The first instance type's facts: what the Cluster Autoscaler plans with and the kubelet is sized for.</summary>
    public InstanceTypeSpec Node => InstanceTypes.Count > 0 && Ec2InstanceTypes.Find(InstanceTypes[0]) is { } spec
        ? spec
        : throw new InvalidOperationException($"node pool '{Name}': its first instance type is not in the instance type table (Ec2InstanceTypes): use a type of families {string.Join(", ", AllowedFamilies)}");

    /// <summary>The pool's processor architecture, which picks its image and its software downloads.</summary>
    public CpuArchitecture Architecture => Node.Architecture;

    /// <summary>The kubelet settings of the pool's nodes: the cluster's size, the root volume and the instance type decide them.</summary>
    public KubeletSettings Kubelet => KubeletSettings.ForNode(Cluster.ExpectedNodes, new RootVolume(RootVolumeSizeGiB).Throughput, Node.Vcpus, NumaAligned);

    /// <summary>
    /// The most pods a node of this pool runs (<see cref="KubeletSettings.MaxPods"/>): 110 below 30 vCPUs, else the
    /// cluster's share, 250 at 1,000 nodes. The pod network sizes its per-node address blocks from the largest of the pools'.
    /// </summary>
    public int MaxPods => Kubelet.MaxPods;

    /// <summary>A pool of <paramref name="kind"/> named <paramref name="name"/> (the kind's config spelling when not given), from its preset.</summary>
    public static NodePoolArgs For(NodePoolKind kind, NodePoolCluster cluster, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var preset = NodePoolPreset.Of(kind);
        var args = new NodePoolArgs
        {
            Cluster = cluster,
            Name = name ?? kind.ToString().ToLowerInvariant(),
            Kind = kind,
            InstanceTypes = preset.InstanceTypes,
            AllowedFamilies = preset.Families,
            MinSize = preset.MinSize,
            DesiredCapacity = preset.MinSize,
            MaxSize = preset.MaxSize(cluster.ExpectedNodes),
            // Compute-bound and GPU-feeding pods gain from exclusive cores next to their device; general and memory pools pack shared CPUs.
            NumaAligned = kind is NodePoolKind.Compute or NodePoolKind.Gpu,
        };
        return kind != NodePoolKind.Gpu ? args : args with
        {
            Labels = new Dictionary<string, string> { ["nvidia.com/gpu.present"] = "true" },
            Taints = [new NodeTaint("nvidia.com/gpu", "present", TaintEffect.NoSchedule)],
            // CUDA images run to several GiB each.
            RootVolumeSizeGiB = 200,
            NvidiaGpus = true,
        };
    }

    /// <summary>General purpose (4 GiB per vCPU): <see cref="NodePoolPreset.General"/>.</summary>
    public static NodePoolArgs General(NodePoolCluster cluster) => For(NodePoolKind.General, cluster);

    /// <summary>Compute-intensive (2 GiB per vCPU): <see cref="NodePoolPreset.Compute"/>.</summary>
    public static NodePoolArgs Compute(NodePoolCluster cluster) => For(NodePoolKind.Compute, cluster);

    /// <summary>Memory-intensive (8 GiB per vCPU): <see cref="NodePoolPreset.Memory"/>.</summary>
    public static NodePoolArgs Memory(NodePoolCluster cluster) => For(NodePoolKind.Memory, cluster);

    /// <summary>
    /// GPU (<see cref="NodePoolPreset.Gpu"/>): tainted <c>nvidia.com/gpu=present:NoSchedule</c> so only pods that ask
    /// for a GPU land there; 200 GiB root volume because CUDA images run to several GiB.
    /// </summary>
    public static NodePoolArgs Gpu(NodePoolCluster cluster) => For(NodePoolKind.Gpu, cluster);
}
