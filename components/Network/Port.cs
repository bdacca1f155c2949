namespace Infra.Network;

/// <summary>A protocol and port range a security group rule opens.</summary>
internal sealed record Port(string Protocol, int From, int To)
{
    public static Port Tcp(int port) => new("tcp", port, port);

    public static Port Tcp(int from, int to) => new("tcp", from, to);

    public static Port Udp(int port) => new("udp", port, port);

    public static Port Udp(int from, int to) => new("udp", from, to);
}
