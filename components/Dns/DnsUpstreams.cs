using System.Net;

namespace Infra.Dns;

/// <summary>
/// Where the cluster's DNS sends names that are not the cluster's: per stack, resolvers for some domains
/// (<see cref="StubDomains"/>, e.g. a corporate zone over Direct Connect) and the resolvers for everything else
/// (<see cref="Default"/>).
/// </summary>
public sealed record DnsUpstreams
{
    /// <summary>
    /// The node's resolv.conf: CoreDNS runs with <c>dnsPolicy: Default</c>, so that is the VPC resolver (the VPC's
    /// base address plus two), which answers private hosted zones and VPC endpoints' names.
    /// </summary>
    public const string NodeResolvConf = "/etc/resolv.conf";

    /// <summary>Resolvers for everything outside the cluster and the stub domains; empty: <see cref="NodeResolvConf"/>.</summary>
    public IReadOnlyList<IPAddress> Default { get; init; } = [];

    /// <summary>Domain to its resolvers, in domain order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IPAddress>> StubDomains { get; init; } =
        new SortedDictionary<string, IReadOnlyList<IPAddress>>(StringComparer.Ordinal);

    /// <summary>Equal when the same resolvers serve the same domains: configs read twice compare equal.</summary>
    public bool Equals(DnsUpstreams? other) =>
        other is not null
        && Default.SequenceEqual(other.Default)
        && StubDomains.Count == other.StubDomains.Count
        && StubDomains.All(stub => other.StubDomains.TryGetValue(stub.Key, out var resolvers) && stub.Value.SequenceEqual(resolvers));

    public override int GetHashCode() => HashCode.Combine(Default.Count, StubDomains.Count);

    /// <summary>The forward targets of the catch-all server block.</summary>
    public IReadOnlyList<string> DefaultTargets => Default.Count == 0 ? [NodeResolvConf] : [.. Default.Select(a => a.ToString())];
}
