using Infra.Network;

namespace Infra.Tests.Network;

public class AddressPlanTests
{
    /// <summary>Three zones, five etcd members (two in the fullest zone), six interface endpoints: 15 addresses per private subnet besides workers.</summary>
    private static AddressPlan Plan(int maxWorkers, string subnetPrefix = "/27", string podNetwork = "100.64.0.0/10") => new()
    {
        Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"],
        PrivateSubnets = [Ipv4Cidr.Parse($"10.0.0.0{subnetPrefix}"), Ipv4Cidr.Parse($"10.0.1.0{subnetPrefix}"), Ipv4Cidr.Parse($"10.0.2.0{subnetPrefix}")],
        MaxWorkerNodes = maxWorkers,
        EtcdClusterSizes = [5],
        PodNetwork = Ipv4Cidr.Parse(podNetwork),
        LargestMaxPods = 110,
    };

    [Fact]
    public void A_subnet_holding_exactly_the_zones_share_at_the_maxima_passes()
    {
        Assert.Empty(Plan(maxWorkers: 51).Shortfalls());
    }

    [Fact]
    public void One_worker_more_than_a_subnet_holds_is_a_shortfall_of_every_zone_with_the_arithmetic()
    {
        var shortfalls = Plan(maxWorkers: 52).Shortfalls();

        Assert.Equal([0, 1, 2], shortfalls.Select(s => s.Zone));
        Assert.All(shortfalls, s => Assert.Equal(AddressNetwork.PrivateSubnet, s.Network));
        Assert.Equal("zone eu-west-1a's private subnet 10.0.0.0/27 has 32 addresses but needs 33 at the pools' maxima: 18 workers (52 over 3 zones, rounded up) + 1 control-plane node + 2 etcd members + 1 API load balancer + 6 interface endpoints + 5 reserved by AWS", shortfalls[0].Arithmetic);
    }

    [Fact]
    public void Interface_endpoints_the_vpc_already_has_take_no_addresses()
    {
        Assert.Empty((Plan(maxWorkers: 52) with { InterfaceEndpoints = 0 }).Shortfalls());
    }

    [Fact]
    public void The_pod_network_needs_a_block_for_every_worker_and_control_plane_node()
    {
        var plan = Plan(maxWorkers: 14, subnetPrefix: "/24", podNetwork: "100.64.0.0/20");

        var shortfall = Assert.Single(plan.Shortfalls());

        Assert.Equal(AddressNetwork.PodNetwork, shortfall.Network);
        Assert.Equal("holds 16 node blocks (/24: 110 pods per node) but the pools' maxima need 17: 14 workers + 3 control-plane nodes", shortfall.Arithmetic);
    }

    [Fact]
    public void Denser_pools_take_larger_blocks_so_the_same_pod_network_holds_fewer_nodes()
    {
        var plan = Plan(maxWorkers: 6, subnetPrefix: "/24", podNetwork: "100.64.0.0/20") with { LargestMaxPods = 250 };

        Assert.Equal("holds 8 node blocks (/23: 250 pods per node) but the pools' maxima need 9: 6 workers + 3 control-plane nodes", Assert.Single(plan.Shortfalls()).Arithmetic);
    }

    [Fact]
    public void A_public_subnet_smaller_than_a_load_balancer_accepts_is_a_shortfall()
    {
        var plan = Plan(maxWorkers: 3) with { PublicSubnets = [Ipv4Cidr.Parse("10.0.3.0/27"), Ipv4Cidr.Parse("10.0.3.32/27"), Ipv4Cidr.Parse("10.0.3.64/28")] };

        var shortfall = Assert.Single(plan.Shortfalls());

        Assert.Equal((AddressNetwork.PublicSubnet, 2), (shortfall.Network, shortfall.Zone));
    }
}
