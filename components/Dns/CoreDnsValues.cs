using Infra.CloudProvider;
using Infra.Kubernetes.Core;
using Infra.Kubernetes.Policy;
using Infra.Model;

namespace Infra.Dns;

/// <summary>
/// The values of the <c>coredns</c> chart we set, under the chart's names (chart 1.46.2, coredns/helm
/// charts/coredns/values.yaml and templates/). Lists replace the chart's; the Corefile is <see cref="Servers"/> only,
/// so the chart's ConfigMap is the Corefile's one writer.
/// </summary>
public sealed record CoreDnsValues
{
    public required ChartImage Image { get; init; }

    /// <summary>Set: no autoscaler or HPA owns the count (<see cref="CoreDnsSettings.Replicas"/>).</summary>
    public required int ReplicaCount { get; init; }

    public required ResourceRequirements Resources { get; init; }

    public required string PriorityClassName { get; init; }

    /// <summary>The Service kubeadm, kubelets and NodeLocal DNSCache expect: <c>kube-dns</c> at the fixed address.</summary>
    public required CoreDnsServiceValue Service { get; init; }

    /// <summary>
    /// <c>k8s-app: kube-dns</c> on the pods and in the Service's selector, the label kubeadm's CoreDNS carried and
    /// NodeLocal DNSCache's <c>kube-dns-upstream</c> Service selects (templates/_helpers.tpl, coredns.k8sapplabel).
    /// </summary>
    public required string K8sAppLabelOverride { get; init; }

    /// <summary>Its own account: unset, the chart binds its ClusterRole to kube-system's <c>default</c> account.</summary>
    public CoreDnsServiceAccountValue ServiceAccount { get; init; } = new();

    /// <summary>The Corefile, from <see cref="Corefile.ToChartServers"/>.</summary>
    public required IReadOnlyList<CoreDnsServerValue> Servers { get; init; }

    public required IReadOnlyList<TopologySpreadConstraint> TopologySpreadConstraints { get; init; }

    public required IReadOnlyList<Toleration> Tolerations { get; init; }

    /// <summary>Written whole under the budget's spec (templates/poddisruptionbudget.yaml); the chart adds the selector.</summary>
    public required PodDisruptionBudgetSpec PodDisruptionBudget { get; init; }
}

/// <summary>The chart's <c>service</c> value: the Service's name and cluster IP.</summary>
public sealed record CoreDnsServiceValue
{
    public required string Name { get; init; }

    [PulumiName("clusterIP")]
    public required string ClusterIp { get; init; }
}

/// <summary>The chart's <c>serviceAccount</c> value.</summary>
public sealed record CoreDnsServiceAccountValue
{
    public bool Create { get; init; } = true;
}

/// <summary>One entry of the chart's <c>servers</c>: a server block (templates/configmap.yaml renders it).</summary>
public sealed record CoreDnsServerValue
{
    public required IReadOnlyList<CoreDnsZoneValue> Zones { get; init; }

    public required int Port { get; init; }

    public required IReadOnlyList<CoreDnsPluginValue> Plugins { get; init; }
}

/// <summary>A zone of a server block; <see cref="UseTcp"/> also exposes the port over TCP on the Service.</summary>
public sealed record CoreDnsZoneValue
{
    public required string Zone { get; init; }

    [PulumiName("use_tcp")]
    public bool? UseTcp { get; init; }
}

/// <summary>A plugin line: name, its arguments, and its block's lines.</summary>
public sealed record CoreDnsPluginValue
{
    public required string Name { get; init; }

    public string? Parameters { get; init; }

    public string? ConfigBlock { get; init; }
}
