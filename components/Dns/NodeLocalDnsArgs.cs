using Infra.Model;

namespace Infra.Dns;

/// <summary>Args of <see cref="NodeLocalDns"/>.</summary>
public sealed record NodeLocalDnsArgs
{
    /// <summary>The cluster stack's DNS plan; the component refuses a plan with NodeLocal DNSCache off.</summary>
    public required ClusterDns Plan { get; init; }

    public DnsUpstreams Upstreams { get; init; } = new();

    /// <summary>The node cache at the tag of upstream's manifest.</summary>
    public static VersionPin ImagePin { get; } = VersionPin.Image(
        NodeLocalDns.ImageRepository,
        "1.26.4",
        "kubernetes/kubernetes 028f956d2f934d6c82ca815e3f8d622da7e480cb cluster/addons/dns/nodelocaldns/nodelocaldns.yaml: the image tag of upstream's manifest");

    /// <summary>The node cache image tag, pinned: <see cref="ImagePin"/>.</summary>
    public string ImageTag { get; init; } = ImagePin.Version;
}
