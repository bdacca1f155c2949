using Infra.Etcd;
using Infra.Network;
using Infra.Network.Connections;

namespace Infra.Tests.Etcd;

public class EtcdConnectionsTests
{
    private static readonly EtcdClusterArgs Main = new() { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" };

    private static IReadOnlyList<Connection> Of(EtcdClusterArgs args)
    {
        var layout = EtcdClusterLayout.Spread(args);
        return EtcdConnections.Of(layout.Token, layout.Members.Select(m => new EtcdMemberConfig(layout, m.Name, EtcdTuning.For(1_000))));
    }

    [Fact]
    public void The_events_cluster_is_reached_on_the_ports_its_members_listen_on_2382_and_2383()
    {
        var connections = Of(Main.ForEvents());

        Assert.Equal(
            ["etcd-events-client control-plane -> etcd tcp/2382", "etcd-events-peer etcd -> etcd tcp/2383", "https etcd -> 0.0.0.0/0 tcp/443"],
            connections.Select(c => $"{c.Name} {c.From} -> {c.To} {c.Port}"));
    }

    [Fact]
    public void The_main_cluster_is_reached_on_2379_and_2380_and_its_loopback_metrics_need_no_connection()
    {
        var connections = Of(Main);

        Assert.Equal([2379, 2380, 443], connections.Select(c => c.Port.From));
        Assert.DoesNotContain(connections, c => c.Port.From == EtcdPorts.Main.Metrics);
    }

    [Fact]
    public void Ports_follow_the_members_listen_urls_when_the_cluster_moves()
    {
        var connections = Of(Main with { Ports = new EtcdPorts(12379, 12380, 12381) });

        Assert.Equal([Port.Tcp(12379), Port.Tcp(12380)], connections.Where(c => c.To.Role == SecurityGroupRole.Etcd).Select(c => c.Port));
    }
}
