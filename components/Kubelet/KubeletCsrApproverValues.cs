using Infra.Kubernetes.Core;

namespace Infra.Kubelet;

/// <summary>
/// The values of the <c>kubelet-csr-approver</c> chart we set, under the chart's names (chart 1.2.14,
/// charts/kubelet-csr-approver/values.yaml and templates/deployment.yaml). Lists replace the chart's.
/// </summary>
public sealed record KubeletCsrApproverValues
{
    /// <summary>DNS names a serving certificate may carry (PROVIDER_REGEX); required by the chart.</summary>
    public required string ProviderRegex { get; init; }

    /// <summary>Ranges every IP address in a serving certificate must lie in (PROVIDER_IP_PREFIXES).</summary>
    public required IReadOnlyList<string> ProviderIpPrefixes { get; init; }

    /// <summary>
    /// False: the approver resolves the requested DNS name and approves only if it resolves to the requested addresses
    /// inside <see cref="ProviderIpPrefixes"/>, so a node cannot claim another's name.
    /// </summary>
    public bool BypassDnsResolution { get; init; }

    /// <summary>The Kubernetes-critical class: without the approver no kubelet gets a serving certificate, and logs, exec and metrics stop.</summary>
    public required string PriorityClassName { get; init; }

    public required IReadOnlyDictionary<string, string> NodeSelector { get; init; }

    /// <summary>Replaces the chart's list.</summary>
    public required IReadOnlyList<Toleration> Tolerations { get; init; }
}
