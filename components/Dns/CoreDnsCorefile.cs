namespace Infra.Dns;

/// <summary>
/// CoreDNS's Corefile: seed 001's (lameduck 5s, prometheus :9153, forward preferring UDP, cache with 9,984 entries
/// for 30 s and 5 s negative, reload), the pod records <see cref="CoreDnsSettings"/> derives, the stack's stub domains
/// as server blocks of their own, and <c>loop</c>, which stops a forwarding loop through a node resolver pointing back
/// at the cluster.
/// </summary>
public static class CoreDnsCorefile
{
    /// <summary>Seed 001: a stopping replica keeps answering 5 s while the Service drops it.</summary>
    public static readonly TimeSpan Lameduck = TimeSpan.FromSeconds(5);

    /// <summary>CoreDNS's metrics port, which the chart's metrics Service and ServiceMonitor expect.</summary>
    public const int MetricsPort = 9153;

    /// <summary>Seed 001's cache: 30 s at most for any answer.</summary>
    public static readonly TimeSpan CacheTtl = TimeSpan.FromSeconds(30);

    /// <summary>Seed 001: 9,984 positive answers (CoreDNS's capacity default) kept 30 s at most.</summary>
    public static readonly CacheLimit Success = new(9984, TimeSpan.FromSeconds(30));

    /// <summary>Seed 001: 9,984 negative answers kept 5 s at most, so a name that appears is found within 5 s.</summary>
    public static readonly CacheLimit Denial = new(9984, TimeSpan.FromSeconds(5));

    /// <summary>Reverse zones the kubernetes plugin answers for cluster addresses, passing other addresses on.</summary>
    public static IReadOnlyList<string> ReverseZones { get; } = ["in-addr.arpa", "ip6.arpa"];

    public static Corefile For(PodRecords pods, DnsUpstreams upstreams)
    {
        ArgumentNullException.ThrowIfNull(upstreams);
        return new Corefile(
        [
            new CorefileServer(["."],
            [
                CorefilePlugins.Errors(),
                CorefilePlugins.Health(Lameduck),
                CorefilePlugins.Ready(),
                CorefilePlugins.Kubernetes([ClusterDns.Domain, .. ReverseZones], pods, ReverseZones),
                CorefilePlugins.Prometheus(MetricsPort),
                CorefilePlugins.Forward(".", upstreams.DefaultTargets, ForwardTransport.PreferUdp),
                CorefilePlugins.Cache(CacheTtl, Success, Denial),
                CorefilePlugins.Loop(),
                CorefilePlugins.Reload(),
            ]),
            .. upstreams.StubDomains.Select(stub => new CorefileServer([stub.Key],
            [
                CorefilePlugins.Errors(),
                CorefilePlugins.Prometheus(MetricsPort),
                CorefilePlugins.Forward(".", [.. stub.Value.Select(a => a.ToString())], ForwardTransport.PreferUdp),
                CorefilePlugins.Cache(CacheTtl, Success, Denial),
            ])),
        ]);
    }
}
