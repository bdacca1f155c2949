using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdEventsClusterTests
{
    private static readonly EtcdClusterArgs Main = new() { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" };

    [Theory]
    [InlineData(999, false)]
    [InlineData(1_000, true)]
    public void A_separate_events_cluster_is_on_by_default_from_a_thousand_nodes(int nodes, bool enabled)
    {
        Assert.Equal(enabled, EtcdEventsCluster.EnabledByDefault(nodes));
    }

    [Fact]
    public void The_events_cluster_has_its_own_member_names_and_token()
    {
        var events = EtcdClusterLayout.Spread(Main.ForEvents());

        Assert.Equal("etcd-events", events.Token);
        Assert.Empty(events.Members.Select(m => m.Name).Intersect(EtcdClusterLayout.Spread(Main).Members.Select(m => m.Name)));
    }

    [Fact]
    public void The_events_cluster_listens_on_the_events_ports()
    {
        Assert.All(EtcdClusterLayout.Spread(Main.ForEvents()).Members, m => Assert.Equal(EtcdPorts.Events, m.Ports));
    }

    [Fact]
    public void The_api_server_override_sends_core_events_to_every_events_member()
    {
        var events = EtcdClusterLayout.Spread(Main.ForEvents() with { Members = 3, Development = true });

        Assert.Equal(
            "/events#https://etcd-events-a.etcd.internal:2382;https://etcd-events-b.etcd.internal:2382;https://etcd-events-c.etcd.internal:2382",
            EtcdEventsCluster.ServersOverride(events));
    }
}
