using Infra.Kubernetes.Core;

namespace Infra.Calico;

/// <summary>
/// The values of the <c>tigera-operator</c> chart we set, under the chart's names (v3.32.1 values.yaml, templates/crs and
/// templates/tigera-operator). The chart renders <see cref="Installation"/> and <see cref="DefaultFelixConfiguration"/> as
/// the custom resources named <c>default</c>, so they reach the cluster in the same release as the operator.
/// </summary>
public sealed record TigeraOperatorValues
{
    public required Installation Installation { get; init; }

    public required ChartFelixConfiguration DefaultFelixConfiguration { get; init; }

    /// <summary>Rendered as the <c>kubernetes-services-endpoint</c> ConfigMap (templates/tigera-operator/01-kubernetes-services-endpoint.yaml).</summary>
    public required KubernetesServiceEndpoint KubernetesServiceEndpoint { get; init; }

    /// <summary>
    /// Off: <see cref="CalicoApiServer"/> declares the <c>APIServer</c> itself, so Pulumi can wait for it to be Ready
    /// before applying Calico policies; one writer, not the chart and us.
    /// </summary>
    public ChartSwitch ApiServer { get; init; } = ChartSwitch.Off;

    /// <summary>
    /// Off: Goldmane (flow aggregation) and Whisker (its web UI) are two more Deployments in the pod network that the
    /// platform neither scrapes nor exposes; the chart enables both by default.
    /// </summary>
    public ChartSwitch Goldmane { get; init; } = ChartSwitch.Off;

    /// <inheritdoc cref="Goldmane"/>
    public ChartSwitch Whisker { get; init; } = ChartSwitch.Off;

    /// <summary>The operator pod's, replacing the chart's list (which is the same: every NoSchedule and NoExecute taint).</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }

    /// <summary>Cluster-critical: without the operator no node gets the CNI, and no node becomes Ready.</summary>
    public string PriorityClassName { get; init; } = "system-cluster-critical";
}

/// <summary>
/// The API's address for the operator and everything it runs (the operator's <c>envFrom</c>, passed on to calico-node
/// and Typha): in eBPF mode there is no kube-proxy, so the <c>kubernetes</c> Service's address routes only once Calico
/// runs, and Calico cannot use it to start.
/// </summary>
public sealed record KubernetesServiceEndpoint
{
    public required string Host { get; init; }

    /// <summary>A string, as the chart quotes it.</summary>
    public required string Port { get; init; }
}

/// <summary>A chart component turned on or off (<c>goldmane.enabled</c>).</summary>
public sealed record ChartSwitch(bool Enabled)
{
    public static ChartSwitch Off { get; } = new(false);
}

/// <summary>
/// The chart's <c>defaultFelixConfiguration</c> value: the <see cref="FelixConfiguration"/> fields, which the chart
/// renders as the spec, and its <c>enabled</c> switch (templates/crs/configmap-felixconfiguration-templates.yaml).
/// </summary>
public sealed record ChartFelixConfiguration : FelixConfiguration
{
    public ChartFelixConfiguration(FelixConfiguration spec)
        : base(spec)
    {
    }

    /// <summary>Renders the configuration (the chart's default is false: Felix's built-in defaults).</summary>
    public bool Enabled { get; } = true;
}
