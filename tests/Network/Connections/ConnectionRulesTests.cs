using Infra.Aws.Vpc;
using Infra.Network;
using Infra.Network.Connections;

namespace Infra.Tests.Network.Connections;

public class ConnectionRulesTests
{
    [Fact]
    public void A_connection_between_two_roles_gets_the_sources_egress_and_the_destinations_ingress()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());

        network.Connect([new Connection("etcd-events-client", Peer.Of(SecurityGroupRole.ControlPlane), Peer.Of(SecurityGroupRole.Etcd), Port.Tcp(2382), "API servers are the clients of etcd-events")]);

        var ingress = Assert.Single(program.ResourcesOf<SecurityGroupIngressRule>(), r => r.Name == "network-etcd-in-etcd-events-client-from-control-plane");
        var egress = Assert.Single(program.ResourcesOf<SecurityGroupEgressRule>(), r => r.Name == "network-control-plane-out-etcd-events-client-to-etcd");
        Assert.Equal((2382, 2382, "API servers are the clients of etcd-events"), (ingress.Args.FromPort, ingress.Args.ToPort, ingress.Args.Description?.KnownValue));
        Assert.Equal(ingress.Args.ReferencedSecurityGroupId?.Node, egress.Args.SecurityGroupId.Node);
    }

    [Fact]
    public void Two_connections_needing_one_rule_get_one_since_aws_refuses_duplicates()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());
        var before = program.Resources.Count;

        network.Connect([new Connection("https", Peer.Of(SecurityGroupRole.Etcd), Peer.Anywhere, Port.Tcp(443), "first"), new Connection("https", Peer.Of(SecurityGroupRole.Etcd), Peer.Anywhere, Port.Tcp(443), "second")]);

        Assert.Equal(before + 1, program.Resources.Count);
    }

    [Fact]
    public void An_egress_a_rule_to_anywhere_already_opens_gets_no_second_rule()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());
        var before = program.Resources.Count;

        network.Connect([new Connection("api", Peer.Of(SecurityGroupRole.Nodes), Peer.Of(SecurityGroupRole.InternalApiLoadBalancer), Port.Tcp(6443), "Cluster members reach the API endpoint")]);

        var added = Assert.Single(program.Resources.Skip(before));
        Assert.Equal("network-api-int-lb-in-api-from-nodes", added.Name);
    }

    [Fact]
    public void A_connection_naming_a_role_without_a_group_is_refused_with_the_roles_there_are()
    {
        var (_, network) = NetworkFixture.Build(NetworkFixture.Created());

        var refused = Assert.Throws<InvalidOperationException>(() =>
            network.Connect([new Connection("https", Peer.Of(SecurityGroupRole.VpcEndpoints), Peer.Anywhere, Port.Tcp(443), "endpoints have their own rules")]));

        Assert.Contains("names role 'endpoints', which has no security group in this network", refused.Message, StringComparison.Ordinal);
    }
}
