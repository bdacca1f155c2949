namespace Infra.Kubelet;

/// <summary>Args of a <see cref="KubeletCsrApprover"/>.</summary>
public sealed record KubeletCsrApproverArgs
{
    /// <summary>The nodes' region: their names are EC2 private DNS names of this region.</summary>
    public required string Region { get; init; }

    /// <summary>The VPC's range: every node address lies in it, and a serving certificate may name no other.</summary>
    public required string VpcCidr { get; init; }

    /// <summary>
    /// The chart version, pinned: 1.2.14, the newest release of postfinance/kubelet-csr-approver (tag v1.2.14, commit
    /// 14dd0aca); its publish workflow releases the chart at the tag's version and the image
    /// ghcr.io/postfinance/kubelet-csr-approver at the tag, which the chart uses by default (appVersion).
    /// </summary>
    public string ChartVersion { get; init; } = "1.2.14";
}
