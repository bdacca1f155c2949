using System.Globalization;
using System.Net;

namespace Infra.Dns;

/// <summary>
/// The CoreDNS plugins our Corefiles use, one factory each, taking typed values; the names and options are CoreDNS's
/// own (coredns.io/plugins, CoreDNS 1.14). A misspelt option is a compile error here rather than a CoreDNS that
/// refuses to start on a node.
/// </summary>
public static class CorefilePlugins
{
    /// <summary>Logs errors to standard output.</summary>
    public static CorefileDirective Errors() => new("errors", []);

    /// <summary>
    /// <c>/health</c> on :8080 (the liveness probe), or on <paramref name="address"/>. With <paramref name="lameduck"/>,
    /// a stopping server keeps answering that long while the Service stops sending it queries.
    /// </summary>
    public static CorefileDirective Health(TimeSpan? lameduck = null, IPEndPoint? address = null) =>
        new("health", address is null ? [] : [address.ToString()], lameduck is { } wait ? [new("lameduck", [Duration(wait)])] : null);

    /// <summary><c>/ready</c> on :8181 (the readiness probe): ready once every plugin that reports readiness is.</summary>
    public static CorefileDirective Ready() => new("ready", []);

    /// <summary>
    /// Answers the cluster's names from the API (Services, EndpointSlices and, unless <paramref name="pods"/> is
    /// <see cref="PodRecords.Disabled"/>, pods) for <paramref name="zones"/>; reverse zones fall through to the next
    /// plugin for addresses that are not the cluster's.
    /// </summary>
    public static CorefileDirective Kubernetes(IReadOnlyList<string> zones, PodRecords pods, IReadOnlyList<string> fallthrough)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(fallthrough);
        return new("kubernetes", zones,
        [
            new("pods", [pods.ToString().ToLowerInvariant()]),
            .. fallthrough.Count == 0 ? Array.Empty<CorefileDirective>() : [new("fallthrough", fallthrough)],
        ]);
    }

    /// <summary>Prometheus metrics on <paramref name="port"/> of every address (CoreDNS's :9153, NodeLocal DNSCache's :9253).</summary>
    public static CorefileDirective Prometheus(int port) => new("prometheus", [$":{port.ToString(CultureInfo.InvariantCulture)}"]);

    /// <summary>
    /// Forwards queries for <paramref name="from"/> to <paramref name="to"/> (addresses, a resolv.conf path, or a
    /// placeholder node-cache fills in) with <paramref name="transport"/>: prefer UDP (CoreDNS to the VPC resolver:
    /// one packet each way, retried over TCP when truncated) or force TCP (NodeLocal DNSCache to CoreDNS: one
    /// long-lived connection instead of a conntrack entry per query).
    /// </summary>
    public static CorefileDirective Forward(string from, IReadOnlyList<string> to, ForwardTransport transport)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.Count == 0)
        {
            throw new ArgumentException($"forward for '{from}' has no upstreams: give resolver addresses or /etc/resolv.conf", nameof(to));
        }

        return new("forward", [from, .. to], transport switch
        {
            ForwardTransport.PreferUdp => [new("prefer_udp", [])],
            ForwardTransport.ForceTcp => [new("force_tcp", [])],
            _ => null,
        });
    }

    /// <summary>A cache of up to 9,984 entries (CoreDNS's default capacity) holding answers at most <paramref name="ttl"/>.</summary>
    public static CorefileDirective Cache(TimeSpan ttl) => new("cache", [Seconds(ttl)]);

    /// <summary>
    /// A cache with its own capacity and maximum TTL for positive answers (<paramref name="success"/>) and negative
    /// ones (<paramref name="denial"/>); seed 001's: 9,984 entries each, 30 s and 5 s.
    /// </summary>
    public static CorefileDirective Cache(TimeSpan ttl, CacheLimit success, CacheLimit denial)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(denial);
        return new("cache", [Seconds(ttl)],
        [
            new("success", [Count(success.Capacity), Seconds(success.MaxTtl)]),
            new("denial", [Count(denial.Capacity), Seconds(denial.MaxTtl)]),
        ]);
    }

    /// <summary>Stops the server when a query comes back to it (a forwarding loop through the node's resolver) instead of spinning.</summary>
    public static CorefileDirective Loop() => new("loop", []);

    /// <summary>Re-reads the Corefile when its ConfigMap changes (checked every 30 s), no restart.</summary>
    public static CorefileDirective Reload() => new("reload", []);

    /// <summary>Listens on <paramref name="addresses"/> only (NodeLocal DNSCache: its link-local address).</summary>
    public static CorefileDirective Bind(IReadOnlyList<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return new("bind", [.. addresses.Select(a => a.ToString())]);
    }

    private static string Duration(TimeSpan value) => $"{Seconds(value)}s";

    private static string Seconds(TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a Corefile duration is a positive whole number of seconds");
        }

        return ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the <c>kubernetes</c> plugin answers for pod names (<c>1-2-3-4.ns.pod.cluster.local</c>).</summary>
public enum PodRecords
{
    /// <summary>No pod records; nothing about pods is watched.</summary>
    Disabled,

    /// <summary>Answers only for pods that exist in that namespace with that address: every replica watches every pod.</summary>
    Verified,
}

/// <summary>How <c>forward</c> talks to its upstreams.</summary>
public enum ForwardTransport
{
    /// <summary>UDP, TCP when the client asked over TCP (CoreDNS's default).</summary>
    AsAsked,

    PreferUdp,

    ForceTcp,
}

/// <summary>One side of a cache: at most <paramref name="Capacity"/> entries, each kept at most <paramref name="MaxTtl"/>.</summary>
public sealed record CacheLimit(int Capacity, TimeSpan MaxTtl);
