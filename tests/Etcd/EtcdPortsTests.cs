using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdPortsTests
{
    [Fact]
    public void The_events_cluster_shares_no_port_with_the_main_cluster()
    {
        int[] main = [EtcdPorts.Main.Client, EtcdPorts.Main.Peer, EtcdPorts.Main.Metrics];
        int[] events = [EtcdPorts.Events.Client, EtcdPorts.Events.Peer, EtcdPorts.Events.Metrics];

        Assert.Empty(main.Intersect(events));
    }

    [Fact]
    public void Ports_outside_tcps_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EtcdPorts(2379, 70000, 2381));
    }
}
