using System.Net;
using Infra.Emit.PulumiYaml;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Support;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class DnsUpstreamsConfigTests
{
    private const string CorporateZone = "{default: [10.30.0.2], stubDomains: {corp.example.com: [10.200.0.10, 10.200.0.11]}}";

    [Fact]
    public void Stub_domains_and_default_resolvers_are_read_from_the_cluster_stack()
    {
        var upstreams = LoadFile("prod", ProdWith("infra:dnsUpstreams", CorporateZone)).DnsUpstreams;

        Assert.Equal([IPAddress.Parse("10.30.0.2")], upstreams.Default);
        Assert.Equal(["10.200.0.10", "10.200.0.11"], upstreams.StubDomains["corp.example.com"].Select(a => a.ToString()));
    }

    [Fact]
    public void Unset_everything_goes_to_the_nodes_resolver()
    {
        var upstreams = LoadFile("prod", ProdWith("infra:dnsUpstreams", null)).DnsUpstreams;

        Assert.Equal(([], 0), (upstreams.Default, upstreams.StubDomains.Count));
    }

    [Fact]
    public void A_resolver_that_is_not_an_ip_address_is_refused_naming_its_place_and_the_fix()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:dnsUpstreams", "{stubDomains: {corp.example.com: [dns.corp]}}")));

        Assert.Contains("infra:dnsUpstreams.stubDomains.corp.example.com[0]: 'dns.corp' is not an IP address: use a resolver's address, such as 10.200.0.10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stub_domain_without_resolvers_is_refused()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:dnsUpstreams", "{stubDomains: {corp.example.com: []}}")));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("Pulumi.prod.yaml: infra:dnsUpstreams.stubDomains.corp.example.com: ", problem, StringComparison.Ordinal);
        Assert.EndsWith("lists no resolver: give at least one IP address, such as [10.200.0.10]", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platforms_coredns_and_node_local_cache_serve_the_stub_domain_from_its_resolvers()
    {
        var platform = ClusterStackFile.Attach(StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod-platform"), RepositoryRoot.Path);
        var cluster = LoadFile("prod", ProdWith("infra:dnsUpstreams", CorporateZone));

        var program = PulumiYamlEmitter.ToYaml(PlatformLayer.Build(platform with { Cluster = cluster }));

        // CoreDNS forwards the zone to its resolvers; NodeLocal DNSCache serves the zone by forwarding it to CoreDNS.
        Assert.Contains("10.200.0.10 10.200.0.11", program, StringComparison.Ordinal);
        Assert.True(program.Split("corp.example.com").Length - 1 >= 2, "CoreDNS and NodeLocal DNSCache both serve corp.example.com");
        Assert.DoesNotContain("10.200.0.10", PulumiYamlEmitter.ToYaml(PlatformLayer.Build(platform)), StringComparison.Ordinal);
    }
}
