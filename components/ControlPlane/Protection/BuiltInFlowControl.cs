namespace Infra.ControlPlane.Protection;

/// <summary>
/// The API server's own flow-control objects (suggested configuration of Kubernetes 1.34), which the
/// platform leaves intact and places its own objects around. The API server re-creates and updates
/// them itself, so they are named here only to choose our values relative to them.
/// </summary>
public static class BuiltInFlowControl
{
    /// <summary>kube-controller-manager, kube-scheduler and kube-system leases (precedence 100).</summary>
    public const int SystemLeaderElectionPrecedence = 100;

    /// <summary>Leases of kube-system service accounts (precedence 200).</summary>
    public const int WorkloadLeaderElectionPrecedence = 200;

    /// <summary>Node heartbeats: nodes, nodes/status and node leases (precedence 400, level node-high).</summary>
    public const int SystemNodeHighPrecedence = 400;

    /// <summary>Everything else kubelets do (precedence 500, level system).</summary>
    public const int SystemNodesPrecedence = 500;

    /// <summary>kube-controller-manager and kube-scheduler (precedence 800, level workload-high).</summary>
    public const int ControlPlaneComponentsPrecedence = 800;

    /// <summary>Every kube-system service account (precedence 900, level workload-high): the last schema naming system components.</summary>
    public const int KubeSystemServiceAccountsPrecedence = 900;

    /// <summary>Every other service account (precedence 9000, level workload-low).</summary>
    public const int ServiceAccountsPrecedence = 9000;

    /// <summary>Every other authenticated or anonymous request (precedence 9900, level global-default).</summary>
    public const int GlobalDefaultPrecedence = 9900;

    /// <summary>The built-in level of controllers' leader election.</summary>
    public const string LeaderElectionLevel = "leader-election";

    /// <summary>
    /// Nominal concurrency shares of the built-in Limited levels. Each API server's concurrency limit
    /// is split in proportion to all levels' shares, ours included.
    /// </summary>
    public static IReadOnlyDictionary<string, int> NominalConcurrencyShares { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal)
    {
        ["catch-all"] = 5,
        ["global-default"] = 20,
        [LeaderElectionLevel] = 10,
        ["node-high"] = 40,
        ["system"] = 30,
        ["workload-high"] = 40,
        ["workload-low"] = 100,
    };
}
