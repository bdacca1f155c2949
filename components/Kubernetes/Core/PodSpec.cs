using Infra.Model;

namespace Infra.Kubernetes.Core;

/// <summary><c>core/v1 PodSpec</c>: the fields we set.</summary>
public sealed record PodSpec
{
    public required IReadOnlyList<Container> Containers { get; init; }

    public Expr<string>? ServiceAccountName { get; init; }

    /// <summary>
    /// Unset means the cluster's global-default class (see Infra.Platform.PriorityClasses). Pass a
    /// PriorityClass's name output when both are in one program: admission refuses pods naming a
    /// class that does not exist yet.
    /// </summary>
    public Expr<string>? PriorityClassName { get; init; }

    public Affinity? Affinity { get; init; }

    public IReadOnlyList<TopologySpreadConstraint>? TopologySpreadConstraints { get; init; }

    public PodSecurityContext? SecurityContext { get; init; }

    /// <summary>Unset means 30 seconds, the API server's default.</summary>
    public int? TerminationGracePeriodSeconds { get; init; }

    public IReadOnlyDictionary<string, Expr<string>>? NodeSelector { get; init; }

    public IReadOnlyList<Toleration>? Tolerations { get; init; }

    /// <summary>True: the pod shares the node's network namespace (node agents that must run before the pod network).</summary>
    public bool? HostNetwork { get; init; }

    /// <summary><c>Default</c>: the node's resolv.conf, for pods that are themselves the cluster's DNS; unset means <c>ClusterFirst</c>.</summary>
    public string? DnsPolicy { get; init; }

    public IReadOnlyList<Volume>? Volumes { get; init; }
}
