using System.Globalization;
using System.Text;

namespace Infra.Dns;

/// <summary>
/// One server block of a Corefile: the zones it answers (<c>.</c> for every name), its port, and its plugins in the
/// order written (CoreDNS orders execution itself, by its plugin.cfg; the written order only serves the reader).
/// </summary>
public sealed record CorefileServer
{
    /// <summary>The DNS port.</summary>
    public const int DnsPort = 53;

    public CorefileServer(IReadOnlyList<string> zones, IReadOnlyList<CorefileDirective> plugins, int port = DnsPort)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(plugins);
        if (zones.Count == 0 || zones.Any(z => z.Length == 0 || z.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"Corefile server zones [{string.Join(", ", zones)}] are empty or hold a space: give domain names such as 'cluster.local', or '.' for every name", nameof(zones));
        }

        if (plugins.Count == 0)
        {
            throw new ArgumentException($"Corefile server for {string.Join(' ', zones)} has no plugins: a server without plugins answers nothing (add at least forward or kubernetes)", nameof(plugins));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        Zones = zones;
        Plugins = plugins;
        Port = port;
    }

    public IReadOnlyList<string> Zones { get; }

    public IReadOnlyList<CorefileDirective> Plugins { get; }

    public int Port { get; }

    /// <summary>Appends the block: <c>zone:port zone:port {</c>, one plugin a line, <c>}</c>.</summary>
    public void Write(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var port = Port.ToString(CultureInfo.InvariantCulture);
        text.Append(string.Join(' ', Zones.Select(zone => $"{zone}:{port}"))).Append(" {\n");
        foreach (var plugin in Plugins)
        {
            plugin.Write(text, 1);
        }

        text.Append("}\n");
    }
}
