namespace Infra.Dns;

/// <summary>Args of <see cref="NodeLocalDns"/>.</summary>
public sealed record NodeLocalDnsArgs
{
    /// <summary>The cluster stack's DNS plan; the component refuses a plan with NodeLocal DNSCache off.</summary>
    public required ClusterDns Plan { get; init; }

    public DnsUpstreams Upstreams { get; init; } = new();

    /// <summary>
    /// registry.k8s.io/dns/k8s-dns-node-cache at the tag of upstream's manifest (kubernetes/kubernetes
    /// cluster/addons/dns/nodelocaldns/nodelocaldns.yaml at commit 028f956d2f934d6c82ca815e3f8d622da7e480cb).
    /// </summary>
    public string ImageTag { get; init; } = "1.26.4";
}
