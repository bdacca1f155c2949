namespace Infra.Network;

/// <summary>A protocol and port range a security group rule opens.</summary>
/// <param name="Protocol"><c>tcp</c> or <c>udp</c>, as security group rules name them.</param>
/// <param name="From">The first port of the range.</param>
/// <param name="To">The last port of the range (equal to <paramref name="From"/> for one port).</param>
public sealed record Port(string Protocol, int From, int To)
{
    public static Port Tcp(int port) => new("tcp", port, port);

    public static Port Tcp(int from, int to) => new("tcp", from, to);

    public static Port Udp(int port) => new("udp", port, port);

    public static Port Udp(int from, int to) => new("udp", from, to);

    /// <summary><c>tcp/6443</c>, <c>tcp/30000-32767</c>.</summary>
    public override string ToString() => From == To ? $"{Protocol}/{From}" : $"{Protocol}/{From}-{To}";
}
