using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Infra.Etcd;

/// <summary>
/// One etcd member: its stable name, the address it is reached at and the zone it runs in.
/// The name outlives instances: a replaced instance rejoins under the same name (and, with a DNS
/// name as <paramref name="Host"/>, under the same URLs), so the cluster's membership never grows stale names.
/// </summary>
/// <param name="Name">Stable member name, e.g. <c>etcd-a</c>: lower-case letters, digits and '-'.</param>
/// <param name="Host">A private IPv4 address or a DNS name (no scheme, no port); certificates name it in their SANs.</param>
/// <param name="Zone">The availability zone the member runs in.</param>
/// <param name="Ports">The member's client, peer and metrics ports.</param>
public sealed partial record EtcdMember(string Name, string Host, string Zone, EtcdPorts Ports)
{
    public string Name { get; init => field = NameIn(value); } = NameIn(Name);

    public string Host { get; init => field = HostIn(value); } = HostIn(Host);

    /// <summary>The URL peers replicate to: <c>--initial-advertise-peer-urls</c> and the member's entry in <c>--initial-cluster</c>.</summary>
    public string PeerUrl => EtcdUrl.Https(Host, Ports.Peer);

    /// <summary>The URL clients (the API servers) reach the member at: <c>--advertise-client-urls</c>.</summary>
    public string ClientUrl => EtcdUrl.Https(Host, Ports.Client);

    private static string NameIn(string name) =>
        NamePattern().IsMatch(name)
            ? name
            : throw new ArgumentException($"etcd member name '{name}' is not usable: use lower-case letters, digits and '-' (e.g. etcd-a).", nameof(name));

    private static string HostIn(string host)
    {
        if (host.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException($"etcd member host '{host}' carries a scheme: give the bare address (e.g. 10.0.1.10); the URLs are always https.", nameof(host));
        }

        var isIpv4 = IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetwork;
        return isIpv4 || DnsNamePattern().IsMatch(host)
            ? host
            : throw new ArgumentException($"etcd member host '{host}' is neither an IPv4 address nor a DNS name: give the member's private IP or its DNS name, without port.", nameof(host));
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex DnsNamePattern();
}
