using Infra.Network;
using Infra.Network.Connections;

namespace Infra.Tests.Network.Connections;

public class ConnectionTests
{
    [Fact]
    public void A_connection_between_two_cidrs_is_refused_because_no_group_of_ours_could_carry_it()
    {
        var refused = Assert.Throws<ArgumentException>(() => new Connection("x", Peer.Anywhere, Peer.Addresses("10.0.0.0/8"), Port.Tcp(443), "nothing"));

        Assert.Contains("one side must be a role", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Peers_label_rule_ids_by_role_or_cidr()
    {
        Assert.Equal(["nodes", "anywhere", "10-30-0-0-16"], new[] { Peer.Of(SecurityGroupRole.Nodes), Peer.Anywhere, Peer.Addresses("10.30.0.0/16") }.Select(p => p.Label));
    }
}
