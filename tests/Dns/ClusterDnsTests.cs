using System.Net;
using Infra.Dns;
using Infra.Network;

namespace Infra.Tests.Dns;

public class ClusterDnsTests
{
    private static readonly Ipv4Cidr Services = Ipv4Cidr.Parse("10.96.0.0/12");

    [Theory]
    [InlineData(100, false)]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(1_000, true)]
    [InlineData(5_000, true)]
    public void NodeLocal_dns_is_on_from_the_threshold(int nodes, bool expected)
    {
        Assert.Equal(expected, ClusterDns.For(Services, nodes).NodeLocalDns);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(5_000, false)]
    public void The_stack_setting_overrides_the_size_rule(int nodes, bool setting)
    {
        Assert.Equal(setting, ClusterDns.For(Services, nodes, setting).NodeLocalDns);
    }

    [Fact]
    public void The_service_address_is_the_service_networks_tenth_as_kubeadm_chooses()
    {
        Assert.Equal(IPAddress.Parse("172.20.0.10"), ClusterDns.For(Ipv4Cidr.Parse("172.20.0.0/16"), 100).ServiceIp);
    }

    [Theory]
    [InlineData(100, "10.96.0.10")]
    [InlineData(1_000, "169.254.20.10")]
    [InlineData(5_000, "169.254.20.10")]
    public void Kubelets_send_pods_to_the_node_cache_when_it_runs_and_to_coredns_otherwise(int nodes, string expected)
    {
        Assert.Equal(IPAddress.Parse(expected), ClusterDns.For(Services, nodes).KubeletAddress);
    }
}
