namespace Infra.Tests.Rehearsal;

/// <summary>The rehearsal itself: security group rules become nftables that pass exactly what they allow.</summary>
public class NetworkRehearsalTests
{
    private static NetworkRehearsal ThreeMachines() => new NetworkRehearsal().Machine("client").Machine("server").Machine("stranger");

    private static readonly RehearsalRule ServerAdmitsClient = new("server", RuleDirection.Ingress, "client", "tcp", 2379);

    private static readonly RehearsalRule ClientReachesServer = new("client", RuleDirection.Egress, "server", "tcp", 2379);

    [Fact]
    public void A_connection_allowed_on_both_sides_goes_through_and_nothing_else_does()
    {
        var rehearsal = ThreeMachines().Allow(ServerAdmitsClient).Allow(ClientReachesServer);
        RehearsalProbe[] probes =
        [
            new("client", "server", "tcp", 2379),
            new("client", "server", "tcp", 2380),
            new("stranger", "server", "tcp", 2379),
            new("server", "client", "tcp", 2379),
        ];

        var results = rehearsal.Run(probes);

        Assert.Equal([true, false, false, false], probes.Select(p => results[p]));
    }

    [Fact]
    public void A_connection_is_blocked_when_either_side_lacks_its_rule()
    {
        RehearsalProbe probe = new("client", "server", "tcp", 2379);

        var withoutIngress = ThreeMachines().Allow(ClientReachesServer).Run([probe]);
        var withoutEgress = ThreeMachines().Allow(ServerAdmitsClient).Run([probe]);

        Assert.False(withoutIngress[probe]);
        Assert.False(withoutEgress[probe]);
    }

    [Fact]
    public void Udp_replies_of_an_allowed_flow_come_back_as_security_groups_are_stateful()
    {
        RehearsalProbe vxlan = new("client", "server", "udp", 4789);
        RehearsalProbe otherPort = new("client", "server", "udp", 4790);
        var rehearsal = ThreeMachines()
            .Allow(new RehearsalRule("server", RuleDirection.Ingress, "client", "udp", 4789))
            .Allow(new RehearsalRule("client", RuleDirection.Egress, "server", "udp", 4789));

        var results = rehearsal.Run([vxlan, otherPort]);

        Assert.True(results[vxlan]);
        Assert.False(results[otherPort]);
    }

    [Fact]
    public void Machines_are_addressed_from_the_benchmarking_range_only()
    {
        var rehearsal = ThreeMachines();

        Assert.All(["client", "server", "stranger"], m => Assert.StartsWith("198.18.", rehearsal.AddressOf(m), StringComparison.Ordinal));
    }
}
