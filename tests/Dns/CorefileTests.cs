using Infra.Dns;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Support;
using Infra.Kubernetes.Helm;

namespace Infra.Tests.Dns;

public class CorefileTests
{
    private static CoreDnsValues ProdValues()
    {
        var config = ClusterStackFile.Attach(StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod-platform"), RepositoryRoot.Path);
        return PlatformLayer.Build(config).ResourcesOf<HelmRelease<CoreDnsValues>>().Single().Args.Values!;
    }

    private static Corefile Sample() => CoreDnsCorefile.For(PodRecords.Verified, new DnsUpstreams());

    [Fact]
    public void The_prod_stacks_corefile_is_the_golden_one()
    {
        var config = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod");
        var corefile = CoreDnsCorefile.For(CoreDnsSettings.For(config.ExpectedNodes, config.Dns.NodeLocalDns).PodRecords, new DnsUpstreams());

        Golden.AssertMatches(corefile.ToText(), "coredns-prod.Corefile");
    }

    [Fact]
    public void The_chart_is_given_the_same_corefile_the_text_is_written_from()
    {
        var expected = Sample().ToChartServers();

        Assert.Equivalent(expected, ProdValues().Servers, strict: true);
    }

    [Fact]
    public void Every_chart_plugin_line_and_block_is_the_text_of_its_directive()
    {
        var server = Sample().Servers[0];
        var chart = Sample().ToChartServers()[0];

        Assert.Equal(
            server.Plugins.Select(p => (p.Line, p.Block.Count == 0 ? null : p.BlockText())),
            chart.Plugins.Select(p => (p.Parameters is null ? p.Name : $"{p.Name} {p.Parameters}", p.ConfigBlock)));
    }

    [Fact]
    public void The_seed_settings_are_in_the_text()
    {
        var text = Sample().ToText();

        Assert.Contains("    health {\n        lameduck 5s\n    }\n", text, StringComparison.Ordinal);
        Assert.Contains("    prometheus :9153\n", text, StringComparison.Ordinal);
        Assert.Contains("    forward . /etc/resolv.conf {\n        prefer_udp\n    }\n", text, StringComparison.Ordinal);
        Assert.Contains("    cache 30 {\n        success 9984 30\n        denial 9984 5\n    }\n", text, StringComparison.Ordinal);
        Assert.Contains("    reload\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stub_domain_gets_a_server_block_of_its_own_forwarding_to_its_resolvers()
    {
        var upstreams = new DnsUpstreams
        {
            StubDomains = new SortedDictionary<string, IReadOnlyList<System.Net.IPAddress>>(StringComparer.Ordinal)
            {
                ["corp.example"] = [System.Net.IPAddress.Parse("10.1.0.2"), System.Net.IPAddress.Parse("10.1.0.3")],
            },
        };

        var stub = CoreDnsCorefile.For(PodRecords.Disabled, upstreams).Servers.Single(s => s.Zones.SequenceEqual(["corp.example"]));

        Assert.Equal("forward . 10.1.0.2 10.1.0.3", stub.Plugins.Single(p => p.Name == "forward").Line);
    }

    [Fact]
    public void Two_server_blocks_for_one_zone_and_port_are_refused()
    {
        var server = new CorefileServer(["."], [CorefilePlugins.Errors()]);

        var error = Assert.Throws<ArgumentException>(() => new Corefile([server, server]));

        Assert.Contains("zone '.' on port 53", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_with_a_space_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CorefilePlugins.Forward(".", ["10.0.0.2 10.0.0.3"], ForwardTransport.PreferUdp));

        Assert.Contains("'10.0.0.2 10.0.0.3'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_of_part_seconds_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CorefilePlugins.Health(TimeSpan.FromMilliseconds(5500)));
    }
}
