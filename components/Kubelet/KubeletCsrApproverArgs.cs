using Infra.Model;

namespace Infra.Kubelet;

/// <summary>Args of a <see cref="KubeletCsrApprover"/>.</summary>
public sealed record KubeletCsrApproverArgs
{
    /// <summary>The nodes' region: their names are EC2 private DNS names of this region.</summary>
    public required string Region { get; init; }

    /// <summary>The VPC's range: every node address lies in it, and a serving certificate may name no other.</summary>
    public required string VpcCidr { get; init; }

    /// <summary>The newest release; the chart runs its own image (appVersion), so the image is pinned with it.</summary>
    public static VersionPin ChartPin { get; } = VersionPin.Chart(
        KubeletCsrApprover.ChartName,
        "1.2.14",
        "postfinance/kubelet-csr-approver tag v1.2.14 (commit 14dd0aca), the newest release: its publish workflow releases the chart at the tag's version and the image ghcr.io/postfinance/kubelet-csr-approver at the tag, the chart's appVersion");

    /// <summary>The chart version, pinned: <see cref="ChartPin"/>.</summary>
    public string ChartVersion { get; init; } = ChartPin.Version;
}
