using System.Globalization;

namespace Infra.NodeAutoscaling;

/// <summary>
/// The Cluster Autoscaler's settings that follow the cluster's size, each derived from the planned size
/// (<c>infra:expectedNodes</c>) by a stated rule whose reference point is the seed's ~1,000-node deployment (seed 001:
/// requests 1 CPU / 2 GiB, limits 2 CPU / 3 GiB) or upstream's defaults where the seed is silent. Upstream tested the
/// autoscaler to 1,000 nodes (FAQ, "Is Cluster Autoscaler an Alpha, Beta or GA product?"); the larger figures keep its loop, its
/// API traffic and its scale-down pace in proportion instead of holding 1,000-node values at 5,000.
/// </summary>
public sealed record AutoscalerSettings
{
    /// <summary>Seed 001: a node must be unneeded this long (10 min, upstream's default) before it is removed.</summary>
    public const string ScaleDownUnneededTime = "10m";

    /// <summary>Seed 001: no scale-down for 10 min after a scale-up, so new nodes get their pods first.</summary>
    public const string ScaleDownDelayAfterAdd = "10m";

    /// <summary>Seed 001: 10 min between removals (upstream: 0), so a burst of removals cannot follow a wrong decision.</summary>
    public const string ScaleDownDelayAfterDelete = "10m";

    /// <summary>Seed 001: 3 min after a failed removal (upstream's default).</summary>
    public const string ScaleDownDelayAfterFailure = "3m";

    /// <summary>Seed 001: an unready node is removed after 20 min (upstream's default): long enough for a node that rejoins.</summary>
    public const string ScaleDownUnreadyTime = "20m";

    /// <summary>The size the defaults of upstream and the seed were made for.</summary>
    public const int ReferenceNodes = 1_000;

    /// <summary>
    /// Nodes in the whole cluster, control plane included (the autoscaler counts every node): the workers the cluster is planned
    /// for (<c>expectedNodes</c>) plus the control-plane nodes. Etcd, the API servers' flags and the pod range are sized for that
    /// many; growing past it needs a larger <c>expectedNodes</c>, not a larger pool.
    /// </summary>
    public required int MaxNodesTotal { get; init; }

    /// <summary>
    /// Seconds between loops: 10 (upstream's default, at which its latency objectives were measured, up to 1,000 nodes) per
    /// started 2,000 nodes: 10 s to 2,000, 20 s to 4,000, 30 s at 5,000. A loop simulates every node, so at 5,000 nodes a 10 s
    /// interval would run loops back to back; 30 s still starts a scale-up well within upstream's 60 s objective plus one loop.
    /// </summary>
    public required int ScanIntervalSeconds { get; init; }

    /// <summary>
    /// Minutes a new node may take to register before the autoscaler gives up on it and backs the group off: 15 (upstream's
    /// default; our nodes boot and join in 2-4 minutes) to 1,000 nodes, 20 to 3,000, 25 above, where one scale-up may add
    /// hundreds of nodes that Auto Scaling launches in batches and that join one after another through the API servers.
    /// </summary>
    public required int MaxNodeProvisionMinutes { get; init; }

    /// <summary>
    /// Nodes removed at once (empty or drained): 1% of the cluster, at least upstream's default of 10: 10 to 1,000 nodes, 50 at
    /// 5,000, so after a peak the cluster shrinks at the same relative pace whatever its size. (It replaced
    /// <c>--max-empty-bulk-delete</c>, removed in 1.33: kubernetes/autoscaler commit 241ad7af.)
    /// </summary>
    public required int MaxScaleDownParallelism { get; init; }

    /// <summary>
    /// Non-empty nodes drained at once: one per 1,000 nodes, at least upstream's default of 1: 1 to 1,999 nodes, 5 at 5,000.
    /// Draining moves running pods, the disruptive part of a scale-down, so it grows slower than removals of empty nodes.
    /// </summary>
    public required int MaxDrainParallelism { get; init; }

    /// <summary>
    /// The autoscaler's API client: 1 query per second per 100 nodes, at least the client's default of 5 (5 to 500 nodes, 10 at
    /// 1,000, 50 at 5,000); taints, evictions and events grow with the nodes it removes in parallel.
    /// </summary>
    public required int KubeClientQps { get; init; }

    /// <summary>Twice <see cref="KubeClientQps"/>, as the client's defaults (5/10).</summary>
    public required int KubeClientBurst { get; init; }

    /// <summary>
    /// CPU request: 1 millicore per node, at least 100m (upstream's example deployment), at most 2 cores: the seed's 1 core at
    /// 1,000 nodes, which upstream's FAQ asks for in bigger clusters; the loop is mostly sequential, so more cores add little.
    /// </summary>
    public required int CpuRequestMillicores { get; init; }

    /// <summary>Twice the request, the seed's ratio (2 CPU over 1).</summary>
    public required int CpuLimitMillicores { get; init; }

    /// <summary>
    /// Memory request: 2 GiB per 1,000 nodes (the seed), at least 600 MiB (upstream's example deployment): 600 MiB at 100 nodes,
    /// 2 GiB at 1,000, 10 GiB at 5,000. The autoscaler caches every node and pod and simulates on copies of them.
    /// </summary>
    public required int MemoryRequestMiB { get; init; }

    /// <summary>1.5 times the request, the seed's ratio (3 GiB over 2): a cache that outgrows it restarts the pod, not the node.</summary>
    public required int MemoryLimitMiB { get; init; }

    /// <summary>The settings for <paramref name="expectedNodes"/> workers and <paramref name="controlPlaneNodes"/> control-plane nodes.</summary>
    public static AutoscalerSettings For(int expectedNodes, int controlPlaneNodes)
    {
        if (expectedNodes is < 1 or > NodePools.NodePool.MaxExpectedNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedNodes), expectedNodes,
                string.Create(CultureInfo.InvariantCulture, $"cluster autoscaler: expected nodes {expectedNodes} is outside 1-{NodePools.NodePool.MaxExpectedNodes}: give the planned cluster size (infra:expectedNodes)"));
        }

        if (controlPlaneNodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(controlPlaneNodes), controlPlaneNodes,
                string.Create(CultureInfo.InvariantCulture, $"cluster autoscaler: {controlPlaneNodes} control-plane nodes: give the number the cluster runs (one per availability zone)"));
        }

        var qps = Math.Max(5, expectedNodes / 100);
        var cpu = Math.Clamp(expectedNodes, 100, 2_000);
        var memory = Math.Max(600, (int)Math.Ceiling(2_048.0 * expectedNodes / ReferenceNodes));
        return new AutoscalerSettings
        {
            MaxNodesTotal = expectedNodes + controlPlaneNodes,
            ScanIntervalSeconds = 10 * (int)Math.Ceiling(expectedNodes / 2_000.0),
            MaxNodeProvisionMinutes = expectedNodes switch
            {
                <= 1_000 => 15,
                <= 3_000 => 20,
                _ => 25,
            },
            MaxScaleDownParallelism = Math.Max(10, expectedNodes / 100),
            MaxDrainParallelism = Math.Max(1, expectedNodes / ReferenceNodes),
            KubeClientQps = qps,
            KubeClientBurst = 2 * qps,
            CpuRequestMillicores = cpu,
            CpuLimitMillicores = 2 * cpu,
            MemoryRequestMiB = memory,
            MemoryLimitMiB = memory * 3 / 2,
        };
    }
}
