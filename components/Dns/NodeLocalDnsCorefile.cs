using System.Net;

namespace Infra.Dns;

/// <summary>
/// NodeLocal DNSCache's Corefile, upstream's (kubernetes/kubernetes cluster/addons/dns/nodelocaldns/nodelocaldns.yaml at
/// commit 028f956d2f934d6c82ca815e3f8d622da7e480cb) built from the same plugins as CoreDNS's: the cluster domain, the
/// reverse zones and the stack's stub domains go to CoreDNS over TCP; everything else to the node's resolvers. It
/// listens on the link-local address only (<c>bind</c>), never on the kube-dns Service address: Calico's eBPF
/// dataplane resolves that address itself, so the kubelets point at the link-local address instead.
/// Two placeholders are left for node-cache to fill at start (its README): <see cref="ClusterDnsPlaceholder"/>, the
/// <c>kube-dns-upstream</c> Service's address, and <see cref="UpstreamServersPlaceholder"/>, the node's resolv.conf servers
/// (unless the stack names its own default resolvers).
/// </summary>
public static class NodeLocalDnsCorefile
{
    public const string ClusterDnsPlaceholder = "__PILLAR__CLUSTER__DNS__";

    public const string UpstreamServersPlaceholder = "__PILLAR__UPSTREAM__SERVERS__";

    /// <summary>node-cache's metrics port (upstream's), apart from CoreDNS's 9153 since both may share a node's network.</summary>
    public const int MetricsPort = 9253;

    /// <summary>The health endpoint's port, on the link-local address (the liveness probe's target).</summary>
    public const int HealthPort = 8080;

    public static Corefile For(IPAddress localAddress, DnsUpstreams upstreams)
    {
        ArgumentNullException.ThrowIfNull(localAddress);
        ArgumentNullException.ThrowIfNull(upstreams);
        var toCoreDns = new[] { ClusterDns.Domain }.Concat(CoreDnsCorefile.ReverseZones).Concat(upstreams.StubDomains.Keys);
        return new Corefile(
        [
            .. toCoreDns.Select(zone => new CorefileServer([zone],
            [
                CorefilePlugins.Errors(),
                zone == ClusterDns.Domain
                    ? CorefilePlugins.Cache(CoreDnsCorefile.CacheTtl, CoreDnsCorefile.Success, CoreDnsCorefile.Denial)
                    : CorefilePlugins.Cache(CoreDnsCorefile.CacheTtl),
                CorefilePlugins.Reload(),
                CorefilePlugins.Loop(),
                CorefilePlugins.Bind([localAddress]),
                CorefilePlugins.Forward(".", [ClusterDnsPlaceholder], ForwardTransport.ForceTcp),
                CorefilePlugins.Prometheus(MetricsPort),
                .. zone == ClusterDns.Domain ? [CorefilePlugins.Health(address: new IPEndPoint(localAddress, HealthPort))] : Array.Empty<CorefileDirective>(),
            ])),
            new CorefileServer(["."],
            [
                CorefilePlugins.Errors(),
                CorefilePlugins.Cache(CoreDnsCorefile.CacheTtl),
                CorefilePlugins.Reload(),
                CorefilePlugins.Loop(),
                CorefilePlugins.Bind([localAddress]),
                CorefilePlugins.Forward(".", upstreams.Default.Count == 0 ? [UpstreamServersPlaceholder] : upstreams.DefaultTargets, ForwardTransport.AsAsked),
                CorefilePlugins.Prometheus(MetricsPort),
            ]),
        ]);
    }
}
