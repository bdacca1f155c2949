using Infra.CloudProvider;
using Infra.Kubernetes.Core;

namespace Infra.NodeAutoscaling;

/// <summary>
/// The values of the <c>cluster-autoscaler</c> chart we set, under the chart's names (chart 9.59.0, values.yaml and
/// templates/deployment.yaml, pdb.yaml, priority-expander-configmap.yaml). Maps merge with the chart's defaults; lists replace them.
/// </summary>
public sealed record ClusterAutoscalerValues
{
    /// <summary>"aws": Auto Scaling groups are the node groups.</summary>
    public required string CloudProvider { get; init; }

    /// <summary>The region's API endpoints (the pod's <c>AWS_REGION</c>), rather than a lookup in instance metadata.</summary>
    public required string AwsRegion { get; init; }

    public required ClusterAutoscalerAutoDiscovery AutoDiscovery { get; init; }

    /// <summary>Flags as <c>--key=value</c>, merged with the chart's logging flags.</summary>
    public required IReadOnlyDictionary<string, string> ExtraArgs { get; init; }

    /// <summary>The priority expander's ConfigMap (<c>cluster-autoscaler-priority-expander</c>), written by the chart.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ExpanderPriorities { get; init; }

    /// <summary>Names the Deployment, PDB and service account plainly instead of the chart's "cluster-autoscaler-aws-cluster-autoscaler".</summary>
    public required string FullnameOverride { get; init; }

    public required ChartImage Image { get; init; }

    public required int ReplicaCount { get; init; }

    public required string PriorityClassName { get; init; }

    public required ClusterAutoscalerDisruptionBudget PodDisruptionBudget { get; init; }

    public required ResourceRequirements Resources { get; init; }

    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>Replaces the chart's list.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }

    /// <summary>Replaces the chart's list.</summary>
    public required IReadOnlyList<TopologySpreadConstraint> TopologySpreadConstraints { get; init; }

    /// <summary>The pod's security context.</summary>
    public required PodSecurityContext SecurityContext { get; init; }

    public required SecurityContext ContainerSecurityContext { get; init; }
}

/// <summary><c>autoDiscovery</c>: the chart turns these into <c>--node-group-auto-discovery=asg:tag=...</c>.</summary>
public sealed record ClusterAutoscalerAutoDiscovery
{
    /// <summary>Required for the chart to render the Deployment at all.</summary>
    public required string ClusterName { get; init; }

    /// <summary>Tag keys a group must all carry (any value); replaces the chart's list, which says the same with a template.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}

/// <summary><c>podDisruptionBudget</c>: the chart's PodDisruptionBudget over the autoscaler's pods.</summary>
public sealed record ClusterAutoscalerDisruptionBudget
{
    public required int MaxUnavailable { get; init; }
}
