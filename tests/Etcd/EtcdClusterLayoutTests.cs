using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdClusterLayoutTests
{
    private static readonly string[] ThreeZones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    private static EtcdClusterArgs Args(params string[] zones) => new() { Zones = zones, DnsDomain = "etcd.internal" };

    [Fact]
    public void Five_members_by_default()
    {
        Assert.Equal(5, EtcdClusterLayout.Spread(Args(ThreeZones)).Members.Count);
    }

    [Fact]
    public void Five_members_spread_two_two_one_over_three_zones()
    {
        var layout = EtcdClusterLayout.Spread(Args(ThreeZones));

        var perZone = layout.Members.GroupBy(m => m.Zone).Select(g => g.Count()).OrderDescending();
        Assert.Equal([2, 2, 1], perZone);
    }

    [Fact]
    public void Five_members_survive_two_failures()
    {
        var layout = EtcdClusterLayout.Spread(Args(ThreeZones));

        Assert.Equal((3, 2), (layout.Quorum, layout.FailuresTolerated));
    }

    [Fact]
    public void Member_names_are_ordinal_letters_that_do_not_depend_on_the_zones()
    {
        var threeZones = EtcdClusterLayout.Spread(Args(ThreeZones));
        var fourZones = EtcdClusterLayout.Spread(Args([.. ThreeZones, "eu-west-1d"]));

        Assert.Equal(["etcd-a", "etcd-b", "etcd-c", "etcd-d", "etcd-e"], threeZones.Members.Select(m => m.Name));
        Assert.Equal(threeZones.Members.Select(m => m.Host), fourZones.Members.Select(m => m.Host));
    }

    [Fact]
    public void Members_are_reached_by_dns_names_that_survive_instance_replacement()
    {
        var layout = EtcdClusterLayout.Spread(Args(ThreeZones));

        Assert.Equal("https://etcd-a.etcd.internal:2380", layout.Member("etcd-a").PeerUrl);
    }

    [Fact]
    public void The_initial_cluster_names_every_members_peer_url()
    {
        var layout = EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = 3, Development = true });

        Assert.Equal(
            "etcd-a=https://etcd-a.etcd.internal:2380,etcd-b=https://etcd-b.etcd.internal:2380,etcd-c=https://etcd-c.etcd.internal:2380",
            layout.InitialCluster);
    }

    [Fact]
    public void The_client_endpoints_list_every_member()
    {
        var layout = EtcdClusterLayout.Spread(Args(ThreeZones));

        Assert.Equal(layout.Members.Select(m => m.ClientUrl), layout.ClientEndpoints.Split(','));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void An_even_member_count_is_refused(int members)
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = members }));

        Assert.Contains($"{members} members", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void Fewer_than_three_or_more_than_seven_members_are_refused(int members)
    {
        Assert.Throws<ArgumentException>(() => EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = members, Development = true }));
    }

    [Fact]
    public void Three_members_are_refused_outside_development()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = 3 }));

        Assert.Contains("mark the cluster as development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_members_are_accepted_for_development()
    {
        Assert.Equal(3, EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = 3, Development = true }).Members.Count);
    }

    [Fact]
    public void Seven_members_are_accepted()
    {
        Assert.Equal(4, EtcdClusterLayout.Spread(Args(ThreeZones) with { Members = 7 }).Quorum);
    }

    [Fact]
    public void A_zone_holding_a_quorum_is_refused_outside_development()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdClusterLayout.Spread(Args("eu-west-1a", "eu-west-1b")));

        Assert.Contains("3 of 5 members in zone eu-west-1a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_clusters_may_live_in_one_zone()
    {
        var layout = EtcdClusterLayout.Spread(Args("eu-west-1a") with { Members = 3, Development = true });

        Assert.All(layout.Members, m => Assert.Equal("eu-west-1a", m.Zone));
    }

    [Fact]
    public void Two_members_listening_on_one_host_and_port_are_refused()
    {
        var spread = EtcdClusterLayout.Spread(Args(ThreeZones));
        var sameHost = spread.Members.Select(m => m with { Host = "127.0.0.1" }).ToList();

        var error = Assert.Throws<ArgumentException>(() => new EtcdClusterLayout("etcd", sameHost, development: false));

        Assert.Contains("127.0.0.1:2379", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_member_the_cluster_lacks_lists_the_members()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdClusterLayout.Spread(Args(ThreeZones)).Member("etcd-z"));

        Assert.Contains("etcd-a, etcd-b, etcd-c, etcd-d, etcd-e", error.Message, StringComparison.Ordinal);
    }
}
