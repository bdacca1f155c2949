using Infra.Aws.Vpc;
using Infra.Network.Connections;
using Infra.Policies.Rules;
using Infra.Tests.Network;

namespace Infra.Tests.Policies.Rules;

public class NoUnneededRulesTests
{
    public static TheoryData<string> Stacks => ConnectionsReachableTests.Stacks;

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_rule_of_every_reference_stack_and_an_adopted_vpc_serves_a_declared_connection(string stack)
    {
        var model = DeclaredConnections.Of(ConnectionStacks.Of(stack).Resources);

        Assert.Empty(NoUnneededRules.Violations(model).Select(v => $"{v.ResourcePath}: {v.Message}"));
    }

    [Fact]
    public void A_hand_written_rule_no_connection_needs_is_a_finding_with_the_fix()
    {
        var (program, _) = NetworkFixture.Build(NetworkFixture.Created());
        var etcd = ConnectionsReachableTests.Group(program, SecurityGroupRole.Etcd);
        var nodes = ConnectionsReachableTests.Group(program, SecurityGroupRole.Nodes);
        var extra = new SecurityGroupIngressRule(program.Root, "etcd-in-client-from-nodes", ConnectionsReachableTests.Rule(etcd, nodes, 2379));

        var violation = Assert.Single(NoUnneededRules.Violations(DeclaredConnections.Of(program.Resources)));

        Assert.Equal(extra.Path.ToString(), violation.ResourcePath);
        Assert.Equal(
            "ingress rule on group 'etcd' opening tcp/2379-2379 from nodes serves no declared connection: declare the connection where its listener is configured and let the network generate the rule, or delete the rule",
            violation.Message);
    }

    [Fact]
    public void A_rule_wider_than_its_connection_is_a_finding()
    {
        var (program, _) = NetworkFixture.Build(NetworkFixture.Created());
        var nodes = ConnectionsReachableTests.Group(program, SecurityGroupRole.Nodes);
        var controlPlane = ConnectionsReachableTests.Group(program, SecurityGroupRole.ControlPlane);
        _ = new SecurityGroupIngressRule(program.Root, "nodes-in-kubelet-range", ConnectionsReachableTests.Rule(nodes, controlPlane, 10250) with { ToPort = 10260 });

        Assert.Single(NoUnneededRules.Violations(DeclaredConnections.Of(program.Resources)));
    }
}
