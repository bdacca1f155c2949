using Infra.Kubernetes.Networking;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class PlatformNetworkAllowsTests
{
    private const string Vpc = "10.30.0.0/16";

    [Fact]
    public void Each_allow_of_a_platform_namespace_has_its_own_name()
    {
        Assert.All(
            new[] { PlatformNetworkAllows.Logging(Vpc), PlatformNetworkAllows.Monitoring(Vpc) },
            allows => Assert.Equal(allows.Count, allows.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void Monitoring_reaches_api_servers_kubelets_and_node_exporters_at_the_vpcs_addresses()
    {
        var toVpc = PlatformNetworkAllows.Monitoring(Vpc)
            .Where(a => a.Direction == PolicyType.Egress && a.Peers?.SingleOrDefault()?.IpBlock?.Cidr == Vpc)
            .SelectMany(a => a.Ports!.Select(p => (int)p.Port!.Value.Node));

        Assert.Equal([6443, 10250, 9100], toVpc);
    }

    [Fact]
    public void Only_monitoring_may_scrape_fluent_bit_and_only_on_its_metrics_port()
    {
        var ingress = Assert.Single(PlatformNetworkAllows.Logging(Vpc), a => a.Direction == PolicyType.Ingress);

        Assert.Equal("monitoring", Assert.Single(ingress.Peers!).NamespaceSelector!.MatchLabels!["kubernetes.io/metadata.name"].KnownValue);
        Assert.Equal(2020, (int)Assert.Single(ingress.Ports!).Port!.Value.Node);
    }
}
