namespace Infra.Kubelet;

/// <summary>
/// Kubelet settings that depend on the cluster's size and the node's disk, derived rather than
/// copied. The reference point is the seed's 1,000-node configuration (maxPods 250, kubeAPIQPS 50,
/// burst 100, eventRecordQPS 10, burst 20); larger clusters scale the per-node share of fleet-wide
/// budgets down so the API server's load stays at the 1,000-node level or below.
/// </summary>
public sealed record KubeletSettings
{
    /// <summary>The seed's pods per node: dense nodes are fine while the fleet stays within <see cref="PodSlotBudget"/>.</summary>
    public const int MaxPodsCeiling = 250;

    /// <summary>The kubelet's default, at which upstream runs its 5,000-node scalability tests: never go below it.</summary>
    public const int MaxPodsFloor = 110;

    /// <summary>Pod slots fleet-wide: 250 per node at 1,000 nodes (the seed). Above 1,000 nodes each node gets its share.</summary>
    public const int PodSlotBudget = 250_000;

    /// <summary>The seed's pods per vCPU; the kubelet applies min(maxPods, podsPerCore x vCPUs), so small instances get fewer pods.</summary>
    public const int PodsPerCore = 10;

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
    /// Pods per node in a cluster of <paramref name="expectedNodes"/> nodes: every pool's today, so also the largest, which
    /// sizes the pod blocks (<see cref="Network.PodAddressBlock"/>).
    /// </summary>
    public static int MaxPodsFor(int expectedNodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        return Share(PodSlotBudget, expectedNodes, MaxPodsFloor, MaxPodsCeiling);
    }

    private static int Share(int budget, int nodes, int floor, int ceiling) => Math.Clamp(budget / nodes, floor, ceiling);
}
