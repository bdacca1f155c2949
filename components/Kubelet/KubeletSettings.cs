namespace Infra.Kubelet;

/// <summary>
/// Kubelet settings that depend on the cluster's size, the node's disk and (for a pool's nodes, <see cref="ForNode"/>)
/// its instance type, derived rather than copied. The reference point is the seed's 1,000-node configuration
/// (maxPods 250, kubeAPIQPS 50, burst 100, eventRecordQPS 10, burst 20); larger clusters scale the per-node share of
/// fleet-wide budgets down so the API server's load stays at the 1,000-node level or below. The seed's
/// <c>podsPerCore: 10</c> is not carried over: it capped a 4-vCPU node at 40 pods whatever its memory;
/// <see cref="SmallNodeVcpus"/> bounds small nodes instead.
/// </summary>
public sealed record KubeletSettings
{
    /// <summary>The seed's pods per node: dense nodes are fine while the fleet stays within <see cref="PodSlotBudget"/>.</summary>
    public const int MaxPodsCeiling = 250;

    /// <summary>The kubelet's default, at which upstream runs its 5,000-node scalability tests: never go below it.</summary>
    public const int MaxPodsFloor = 110;

    /// <summary>Pod slots fleet-wide: 250 per node at 1,000 nodes (the seed). Above 1,000 nodes each node gets its share.</summary>
    public const int PodSlotBudget = 250_000;

    /// <summary>
    /// Nodes with fewer vCPUs than this run at most <see cref="MaxPodsFloor"/> pods, larger ones up to the cluster's
    /// share: EKS's recommendation (110 pods below 30 vCPUs, 250 from there; awslabs/amazon-eks-ami
    /// max-pods-calculator), since the kubelet's per-pod housekeeping, not memory, limits a small node first.
    /// </summary>
    public const int SmallNodeVcpus = 30;

    /// <summary>The seed's (and the kubelet's default) API queries per second per node.</summary>
    public const int ApiQpsCeiling = 50;

    /// <summary>Below this, a node with many pods falls behind on status updates.</summary>
    public const int ApiQpsFloor = 10;

    /// <summary>Kubelet API queries per second fleet-wide: 50 per node up to 2,000 nodes, then shared.</summary>
    public const int ApiQpsBudget = 100_000;

    /// <summary>The seed's events per second per node.</summary>
    public const int EventQpsCeiling = 10;

    /// <summary>Events are the most expendable traffic; one per second still records what matters.</summary>
    public const int EventQpsFloor = 1;

    /// <summary>Events per second fleet-wide: 10 per node at 1,000 nodes (the seed), then shared.</summary>
    public const int EventQpsBudget = 10_000;

    /// <summary>Bursts are twice the steady rate, as in the seed (50/100, 10/20).</summary>
    public const int BurstFactor = 2;

    /// <summary>One parallel image pull per 25 MiB/s of root-volume throughput: 5 at gp3's baseline.</summary>
    public const int ThroughputPerImagePull = 25;

    public required int MaxPods { get; init; }

    public required int KubeApiQps { get; init; }

    public required int KubeApiBurst { get; init; }

    public required int EventRecordQps { get; init; }

    public required int EventBurst { get; init; }

    public required int MaxParallelImagePulls { get; init; }

    /// <summary>What the kubelet and containerd hold back (<see cref="ReservedResources.Kube"/>); unset for the control plane's cluster-wide base.</summary>
    public ReservedResources? KubeReserved { get; init; }

    /// <summary>What the operating system holds back (<see cref="ReservedResources.System"/>); unset with <see cref="KubeReserved"/>.</summary>
    public ReservedResources? SystemReserved { get; init; }

    /// <summary>
    /// Guaranteed pods with whole CPUs get exclusive cores, and a pod's CPUs and devices (GPUs) come from one NUMA
    /// node: the static CPU manager with the topology manager's <c>single-numa-node</c> policy. The cost: on a type
    /// that spans two NUMA nodes (<c>NumaNodes</c> of the instance type table), a pod asking more CPUs or GPUs than one
    /// node holds is refused admission (TopologyAffinityError) instead of running split.
    /// </summary>
    public bool NumaAligned { get; init; }

    /// <summary>
    /// The settings for a cluster of <paramref name="expectedNodes"/> nodes whose root volume delivers
    /// <paramref name="rootVolumeThroughput"/> MiB/s (<see cref="NodePools.RootVolume.Throughput"/> for a pool's).
    /// </summary>
    public static KubeletSettings For(int expectedNodes, int rootVolumeThroughput)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rootVolumeThroughput, 1);
        var apiQps = Share(ApiQpsBudget, expectedNodes, ApiQpsFloor, ApiQpsCeiling);
        var eventQps = Share(EventQpsBudget, expectedNodes, EventQpsFloor, EventQpsCeiling);
        return new KubeletSettings
        {
            MaxPods = MaxPodsFor(expectedNodes),
            KubeApiQps = apiQps,
            KubeApiBurst = apiQps * BurstFactor,
            EventRecordQps = eventQps,
            EventBurst = eventQps * BurstFactor,
            MaxParallelImagePulls = Math.Max(1, rootVolumeThroughput / ThroughputPerImagePull),
        };
    }

    /// <summary>
    /// Pods per node in a cluster of <paramref name="expectedNodes"/> nodes: the most any pool gets (<see cref="ForNode"/>
    /// only lowers it), so it sizes the pod blocks (<see cref="Network.PodAddressBlock"/>).
    /// </summary>
    public static int MaxPodsFor(int expectedNodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        return Share(PodSlotBudget, expectedNodes, MaxPodsFloor, MaxPodsCeiling);
    }

    /// <summary>
    /// Pods per node of <paramref name="vcpus"/> vCPUs in a cluster of <paramref name="expectedNodes"/> nodes:
    /// <see cref="MaxPodsFor(int)"/>, at most <see cref="MaxPodsFloor"/> below <see cref="SmallNodeVcpus"/>.
    /// </summary>
    public static int MaxPodsFor(int expectedNodes, int vcpus)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vcpus, 1);
        var cluster = MaxPodsFor(expectedNodes);
        return vcpus < SmallNodeVcpus ? Math.Min(cluster, MaxPodsFloor) : cluster;
    }

    /// <summary>
    /// The settings of a pool's node of <paramref name="vcpus"/> vCPUs in a cluster of <paramref name="expectedNodes"/>:
    /// <see cref="For"/>'s, with maxPods bounded by <see cref="SmallNodeVcpus"/> and the reservations that size implies.
    /// </summary>
    public static KubeletSettings ForNode(int expectedNodes, int rootVolumeThroughput, int vcpus, bool numaAligned)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vcpus, 1);
        var cluster = For(expectedNodes, rootVolumeThroughput);
        var maxPods = MaxPodsFor(expectedNodes, vcpus);
        return cluster with
        {
            MaxPods = maxPods,
            KubeReserved = ReservedResources.Kube(vcpus, maxPods),
            SystemReserved = ReservedResources.System,
            NumaAligned = numaAligned,
        };
    }

    private static int Share(int budget, int nodes, int floor, int ceiling) => Math.Clamp(budget / nodes, floor, ceiling);
}
