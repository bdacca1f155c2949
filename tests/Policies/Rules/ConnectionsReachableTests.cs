using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;
using Infra.Network.Connections;
using Infra.Policies.Rules;
using Infra.Tests.Network;
using Infra.Tests.Stacks;

namespace Infra.Tests.Policies.Rules;

public class ConnectionsReachableTests
{
    public static TheoryData<string> Stacks => [.. StackFiles.Names, ConnectionStacks.AdoptedStack];

    /// <summary>Every rule of the prod stacks, created and adopted VPC, by logical name.</summary>
    public static TheoryData<string, string> ProdRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var stack in new[] { "prod", ConnectionStacks.AdoptedStack })
        {
            foreach (var rule in GroupRule.Of(ConnectionStacks.Of(stack).Resources))
            {
                data.Add(stack, rule.Resource.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Every_reference_stack_and_an_adopted_vpc_allow_every_declared_connection_on_both_sides(string stack)
    {
        var model = DeclaredConnections.Of(ConnectionStacks.Of(stack).Resources);

        Assert.Empty(ConnectionsReachable.Violations(model).Select(v => v.Message));
    }

    [Theory]
    [MemberData(nameof(ProdRules))]
    public void Deleting_any_one_generated_rule_is_a_finding_naming_the_connection_the_blocked_side_and_the_fix(string stack, string ruleName)
    {
        var resources = ConnectionStacks.Of(stack).Resources;
        var deleted = GroupRule.Of(resources).Single(r => r.Resource.Name == ruleName);

        var violations = ConnectionsReachable.Violations(DeclaredConnections.Of([.. resources.Where(r => r != deleted.Resource)])).ToList();

        // A rule to anywhere also carries the connections it covers (ConnectionRules): deleting it blocks each of them.
        var (side, way, word) = deleted.Direction == RuleDirection.Ingress ? ("destination", "ingress", "from") : ("source", "egress", "to");
        Assert.NotEmpty(violations);
        Assert.All(violations, violation =>
        {
            Assert.Equal(deleted.Group!.Path.ToString(), violation.ResourcePath);
            Assert.Equal(way, violation.Property);
            Assert.Matches($"^connection '[a-z-]+' .* is blocked at the {side}: group '{deleted.Role!.Key}' has no {way} rule {word} ", violation.Message);
            Assert.Contains("Network.Connect", violation.Message, StringComparison.Ordinal);
        });
        Assert.Contains(violations, v => v.Message.Contains($"rule {word} {deleted.PeerName} opening {deleted.Protocol}/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connection_whose_rules_were_never_generated_is_blocked_on_both_sides()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());
        var etcd = Group(program, SecurityGroupRole.Etcd);
        etcd.Annotate(new ConnectionAnnotation(new Connection("etcd-client", Peer.Of(SecurityGroupRole.ControlPlane), Peer.Of(SecurityGroupRole.Etcd), Port.Tcp(2382), "API servers are the clients of etcd-events")));

        var violations = ConnectionsReachable.Violations(DeclaredConnections.Of(program.Resources)).ToList();

        Assert.Equal(["egress", "ingress"], violations.Select(v => v.Property).Order());
        Assert.All(violations, v => Assert.StartsWith("connection 'etcd-client' control-plane -> etcd tcp/2382 (API servers are the clients of etcd-events)", v.Message, StringComparison.Ordinal));
        Assert.NotNull(network);
    }

    [Fact]
    public void A_rule_opening_a_neighbouring_port_does_not_count()
    {
        var (program, _) = NetworkFixture.Build(NetworkFixture.Created());
        var etcd = Group(program, SecurityGroupRole.Etcd);
        var controlPlane = Group(program, SecurityGroupRole.ControlPlane);
        etcd.Annotate(new ConnectionAnnotation(new Connection("etcd-events-client", Peer.Of(SecurityGroupRole.ControlPlane), Peer.Of(SecurityGroupRole.Etcd), Port.Tcp(2382), "API servers are the clients of etcd-events")));
        _ = new SecurityGroupIngressRule(program.Root, "etcd-in-2379", Rule(etcd, controlPlane, 2379));
        _ = new SecurityGroupEgressRule(program.Root, "control-plane-out-2379", Rule(controlPlane, etcd, 2379));

        Assert.Equal(2, ConnectionsReachable.Violations(DeclaredConnections.Of(program.Resources)).Count());
    }

    internal static SecurityGroup Group(InfraProgram program, SecurityGroupRole role) =>
        program.ResourcesOf<SecurityGroup>().Single(g => g.Annotations.OfType<SecurityGroupRoleAnnotation>().Any(a => a.Role == role));

    internal static SecurityGroupRuleArgs Rule(SecurityGroup on, SecurityGroup peer, int port) =>
        new() { SecurityGroupId = on.Id, IpProtocol = "tcp", FromPort = port, ToPort = port, ReferencedSecurityGroupId = peer.Id };
}
