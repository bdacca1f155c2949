using System.Globalization;

namespace Infra.Network;

/// <summary>A protocol and port range a security group rule opens; <see cref="AllTraffic"/> has no ports.</summary>
internal sealed record Port(string Protocol, int? From, int? To)
{
    /// <summary>Every protocol and port (<c>-1</c>): only for egress where the destinations are not ours to know.</summary>
    public static readonly Port AllTraffic = new("-1", null, null);

    public static Port Tcp(int port) => new("tcp", port, port);

    public static Port Tcp(int from, int to) => new("tcp", from, to);

    public static Port Udp(int port) => new("udp", port, port);

    /// <summary>True when the rule lets <paramref name="port"/> of <paramref name="protocol"/> through.</summary>
    public bool Covers(string protocol, int port) =>
        Protocol == "-1" || (Protocol == protocol && From <= port && port <= To);

    public override string ToString() =>
        From is null ? "all traffic" : From == To ? $"{Protocol} {From.Value.ToString(CultureInfo.InvariantCulture)}" : $"{Protocol} {From}-{To}";
}
