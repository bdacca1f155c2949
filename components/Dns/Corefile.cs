using System.Text;

namespace Infra.Dns;

/// <summary>
/// A CoreDNS configuration as data: server blocks of typed plugins (<see cref="CorefilePlugins"/>). The same model is
/// written as Corefile text (NodeLocal DNSCache's ConfigMap, the golden file) and as the CoreDNS chart's <c>servers</c>
/// value (<see cref="CoreDnsValues.Servers"/>), so the two can never say different things.
/// </summary>
public sealed record Corefile
{
    public Corefile(IReadOnlyList<CorefileServer> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        if (servers.Count == 0)
        {
            throw new ArgumentException("a Corefile without server blocks answers nothing: give at least the '.' server", nameof(servers));
        }

        var repeated = servers.SelectMany(s => s.Zones.Select(z => (z, s.Port))).GroupBy(key => key).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"zone '{repeated.Key.z}' on port {repeated.Key.Port} is served by two server blocks, which CoreDNS refuses: merge their plugins into one block", nameof(servers));
        }

        Servers = servers;
    }

    public IReadOnlyList<CorefileServer> Servers { get; }

    /// <summary>The Corefile text, server blocks in order, each plugin on its own line.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var server in Servers)
        {
            server.Write(text);
        }

        return text.ToString();
    }

    /// <summary>The CoreDNS chart's <c>servers</c> value: one entry per server block, each plugin's block as its <c>configBlock</c>.</summary>
    public IReadOnlyList<CoreDnsServerValue> ToChartServers() =>
    [
        .. Servers.Select(server => new CoreDnsServerValue
        {
            Zones = [.. server.Zones.Select(zone => new CoreDnsZoneValue { Zone = zone, UseTcp = true })],
            Port = server.Port,
            Plugins =
            [
                .. server.Plugins.Select(plugin => new CoreDnsPluginValue
                {
                    Name = plugin.Name,
                    Parameters = plugin.Arguments.Count == 0 ? null : string.Join(' ', plugin.Arguments),
                    ConfigBlock = plugin.Block.Count == 0 ? null : plugin.BlockText(),
                }),
            ],
        }),
    ];
}
