using System.Globalization;
using Infra.ControlPlane.Kubeadm;

namespace Infra.ControlPlane;

/// <summary>
/// Control-plane flags that depend on the cluster's size, derived from <c>expectedNodes</c> rather than copied.
/// Reference points: upstream's defaults (good for ~100 nodes) and the seed's ~1,200-node API server
/// (max-requests-inflight 4000, max-mutating-requests-inflight 2000). Each rule sits beside its constant.
/// Flags deliberately NOT set, and why:
/// <list type="bullet">
/// <item><c>--watch-cache-sizes</c> / <c>--default-watch-cache-size</c>: the watch cache is sized dynamically
/// (k8s.io/apiserver options/etcd.go logs "Dropping watch-cache-size ... watchCache size is now dynamic" for any
/// non-zero size; only 0, which disables the cache, has an effect) and <c>--default-watch-cache-size</c> is
/// deprecated for the same reason. The seed's <c>secrets=1000,configmaps=1000</c> would not even parse: the
/// format is <c>resource#size</c>, and the API server refuses to start on anything else.</item>
/// <item><c>--target-ram-mb</c>: removed in Kubernetes 1.24 (CHANGELOG-1.24, PR 108457). Its rule of thumb,
/// 60 MiB of API-server memory per node, survives as <see cref="ApiServerMemoryMiB"/>, for sizing the instances.</item>
/// </list>
/// </summary>
public sealed record ControlPlaneTuning
{
    /// <summary>Upstream's default read concurrency, right for small clusters: never go below it.</summary>
    public const int RequestsInflightFloor = 400;

    /// <summary>
    /// Ten concurrent reads per three nodes reproduces the seed's 4,000 at 1,200 nodes. Sized for the whole fleet
    /// on every instance: watches are long-lived connections, so after a restart or a zone loss one API server
    /// can hold most of them.
    /// </summary>
    public const double RequestsInflightPerNode = 10.0 / 3;

    /// <summary>Twice the seed: past ~2,400 nodes add API-server instances instead, or one instance's memory becomes the limit.</summary>
    public const int RequestsInflightCeiling = 8000;

    /// <summary>Inflight limits are rounded up to whole hundreds, as operators write them.</summary>
    public const int InflightStep = 100;

    /// <summary>Mutating concurrency is half the read concurrency, the ratio of both upstream's defaults (400/200) and the seed (4000/2000).</summary>
    public const int MutatingShare = 2;

    /// <summary>Upstream's kube-up rule for <c>--target-ram-mb</c> (nodes x 60); we use it to size control-plane memory.</summary>
    public const int ApiServerMiBPerNode = 60;

    /// <summary>Clients that scale with the fleet (controller manager, scheduler) get one API query per second per ten nodes.</summary>
    public const int NodesPerClientQps = 10;

    /// <summary>kube-controller-manager's default QPS.</summary>
    public const int ControllerManagerQpsFloor = 20;

    /// <summary>Reached at 5,000 nodes, the largest cluster Kubernetes supports.</summary>
    public const int ControllerManagerQpsCeiling = 500;

    /// <summary>kube-scheduler's default QPS.</summary>
    public const int SchedulerQpsFloor = 50;

    /// <summary>Reached at 5,000 nodes, the largest cluster Kubernetes supports.</summary>
    public const int SchedulerQpsCeiling = 500;

    /// <summary>The controller manager's bursts are 1.5x its rate, its defaults' ratio (20/30).</summary>
    public const double ControllerManagerBurstFactor = 1.5;

    /// <summary>The scheduler's bursts are 2x its rate, its defaults' ratio (50/100).</summary>
    public const int SchedulerBurstFactor = 2;

    /// <summary>Node health is read from the informer cache every 5 s (upstream's period): cheap at any size.</summary>
    public const int NodeMonitorPeriodSeconds = 5;

    /// <summary>Clusters above this size get the longer grace period.</summary>
    public const int LargeClusterNodes = 1000;

    /// <summary>Five missed renewals of the kubelet's 10 s node lease before a node is NotReady.</summary>
    public const int NodeMonitorGraceSecondsSmall = 50;

    /// <summary>Six missed renewals in large clusters, where API latency has longer tails and a false NotReady evicts many pods.</summary>
    public const int NodeMonitorGraceSecondsLarge = 60;

    /// <summary>Controller workers grow by one upstream default's worth per 1,000 nodes...</summary>
    public const int NodesPerSyncStep = 1000;

    /// <summary>...up to five times the defaults, where the API server rather than the workers becomes the limit.</summary>
    public const int MaxSyncMultiplier = 5;

    /// <summary>Ten terminated pods kept per node, for debugging...</summary>
    public const int TerminatedPodsPerNode = 10;

    /// <summary>...but at least this many in small clusters...</summary>
    public const int TerminatedPodGcFloor = 1000;

    /// <summary>...and at most upstream's default, which upstream sized for 5,000 nodes (CIS 1.3.1 asks for an explicit value).</summary>
    public const int TerminatedPodGcCeiling = 12500;

    /// <summary>Upstream's default worker count per controller, each scaled by <see cref="SyncMultiplier"/>.</summary>
    private static readonly (string Flag, int Default)[] ConcurrentSyncDefaults =
    [
        ("concurrent-deployment-syncs", 5),
        ("concurrent-replicaset-syncs", 5),
        ("concurrent-statefulset-syncs", 5),
        ("concurrent-daemonset-syncs", 2),
        ("concurrent-job-syncs", 5),
        ("concurrent-endpoint-syncs", 5),
        ("concurrent-service-endpoint-syncs", 5),
        ("concurrent-namespace-syncs", 10),
        ("concurrent-gc-syncs", 20),
    ];

    public required int ExpectedNodes { get; init; }

    public required int MaxRequestsInflight { get; init; }

    public required int MaxMutatingRequestsInflight { get; init; }

    public required int ApiServerMemoryMiB { get; init; }

    public required int ControllerManagerQps { get; init; }

    public required int ControllerManagerBurst { get; init; }

    public required int NodeMonitorGracePeriodSeconds { get; init; }

    public required int SyncMultiplier { get; init; }

    public required int TerminatedPodGcThreshold { get; init; }

    public required int SchedulerQps { get; init; }

    public required int SchedulerBurst { get; init; }

    /// <summary>The tuning for a cluster of <paramref name="expectedNodes"/> nodes.</summary>
    public static ControlPlaneTuning For(int expectedNodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        var inflight = Math.Clamp(RoundUp(expectedNodes * RequestsInflightPerNode, InflightStep), RequestsInflightFloor, RequestsInflightCeiling);
        var controllerManagerQps = ClientQps(expectedNodes, ControllerManagerQpsFloor, ControllerManagerQpsCeiling);
        var schedulerQps = ClientQps(expectedNodes, SchedulerQpsFloor, SchedulerQpsCeiling);
        return new ControlPlaneTuning
        {
            ExpectedNodes = expectedNodes,
            MaxRequestsInflight = inflight,
            MaxMutatingRequestsInflight = inflight / MutatingShare,
            ApiServerMemoryMiB = expectedNodes * ApiServerMiBPerNode,
            ControllerManagerQps = controllerManagerQps,
            ControllerManagerBurst = (int)Math.Ceiling(controllerManagerQps * ControllerManagerBurstFactor),
            NodeMonitorGracePeriodSeconds = expectedNodes > LargeClusterNodes ? NodeMonitorGraceSecondsLarge : NodeMonitorGraceSecondsSmall,
            SyncMultiplier = Math.Min(MaxSyncMultiplier, 1 + (expectedNodes / NodesPerSyncStep)),
            TerminatedPodGcThreshold = Math.Clamp(expectedNodes * TerminatedPodsPerNode, TerminatedPodGcFloor, TerminatedPodGcCeiling),
            SchedulerQps = schedulerQps,
            SchedulerBurst = schedulerQps * SchedulerBurstFactor,
        };
    }

    /// <summary>kube-apiserver flags. With API Priority and Fairness (on by default) the two limits add up to the server's total concurrency.</summary>
    public IReadOnlyList<Arg> ApiServerArgs() =>
    [
        Flag("max-requests-inflight", MaxRequestsInflight),
        Flag("max-mutating-requests-inflight", MaxMutatingRequestsInflight),
    ];

    public IReadOnlyList<Arg> ControllerManagerArgs() =>
    [
        Flag("kube-api-qps", ControllerManagerQps),
        Flag("kube-api-burst", ControllerManagerBurst),
        new("node-monitor-period", Seconds(NodeMonitorPeriodSeconds)),
        new("node-monitor-grace-period", Seconds(NodeMonitorGracePeriodSeconds)),
        Flag("terminated-pod-gc-threshold", TerminatedPodGcThreshold),
        .. ConcurrentSyncDefaults.Select(sync => Flag(sync.Flag, sync.Default * SyncMultiplier)),
    ];

    /// <summary>
    /// kube-scheduler's <c>--kube-api-qps</c>/<c>--kube-api-burst</c> still exist in 1.34 but are deprecated and
    /// ignored once the scheduler gets a <c>--config</c> file; kubeadm passes none, so they apply. Moving to a
    /// KubeSchedulerConfiguration (clientConnection.qps/burst) is the follow-up when we ship one.
    /// </summary>
    public IReadOnlyList<Arg> SchedulerArgs() =>
    [
        Flag("kube-api-qps", SchedulerQps),
        Flag("kube-api-burst", SchedulerBurst),
    ];

    private static int ClientQps(int nodes, int floor, int ceiling) => Math.Clamp(nodes / NodesPerClientQps, floor, ceiling);

    private static int RoundUp(double value, int step) => (int)Math.Ceiling(value / step) * step;

    private static Arg Flag(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    private static string Seconds(int seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds}s");
}
