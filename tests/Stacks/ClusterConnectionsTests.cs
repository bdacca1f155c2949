using Infra.Aws.Ec2;
using Infra.Aws.Lb;
using Infra.Etcd;
using Infra.Network;
using Infra.Network.Connections;
using Infra.Policies.Rules;
using Infra.Tests.Policies.Rules;

namespace Infra.Tests.Stacks;

/// <summary>The prod stack's machines reach each other where their configs need it (issue 9, findings 1-4), in a created and an adopted VPC.</summary>
public class ClusterConnectionsTests
{
    public static TheoryData<string> ProdStacks => ["prod", ConnectionStacks.AdoptedStack];

    public static TheoryData<string, string, string, int> Needed => new()
    {
        { "control-plane", "etcd", "tcp", 2382 },
        { "etcd", "etcd", "tcp", 2383 },
        { "control-plane", "etcd", "tcp", 2379 },
        { "etcd", "etcd", "tcp", 2380 },
        { "control-plane", "api-int-lb", "tcp", 6443 },
        { "nodes", "api-int-lb", "tcp", 6443 },
        { "api-int-lb", "control-plane", "tcp", 6443 },
        { "control-plane", "nodes", "udp", 4789 },
        { "nodes", "control-plane", "udp", 4789 },
        { "control-plane", "control-plane", "udp", 4789 },
        { "nodes", "control-plane", "tcp", 10250 },
        { "control-plane", "control-plane", "tcp", 10250 },
        { "control-plane", "nodes", "tcp", 5473 },
    };

    [Theory]
    [MemberData(nameof(Needed))]
    public void Prod_opens_each_needed_path_on_both_sides_in_a_created_and_an_adopted_vpc(string from, string to, string protocol, int port)
    {
        foreach (var stack in ProdStacks)
        {
            var model = DeclaredConnections.Of(ConnectionStacks.Of(stack).Resources);
            var (source, destination, opened) = (new SecurityGroupRole(from), new SecurityGroupRole(to), new Port(protocol, port, port));

            Assert.True(model.On(source, RuleDirection.Egress).Any(r => r.Opens(opened) && r.Covers(Peer.Of(destination))), $"{stack}: {from} has no egress to {to} on {opened}");
            Assert.True(model.On(destination, RuleDirection.Ingress).Any(r => r.Opens(opened) && r.Covers(Peer.Of(source))), $"{stack}: {to} admits no {opened} from {from}");
        }
    }

    [Fact]
    public void The_internal_api_load_balancer_carries_the_group_its_connections_are_declared_on()
    {
        var program = ConnectionStacks.Of("prod");
        var model = DeclaredConnections.Of(program.Resources);

        var balancer = Assert.Single(program.ResourcesOf<LoadBalancer>(), lb => lb.Args.Internal == true);

        Assert.Equal(model.Groups[SecurityGroupRole.InternalApiLoadBalancer].Id.Reference, Assert.Single(balancer.Args.SecurityGroups!).Node);
    }

    [Theory]
    [MemberData(nameof(ProdStacks))]
    public void Every_etcd_members_fixed_address_is_reserved_explicitly_in_its_subnet_before_the_member_starts(string stack)
    {
        var program = ConnectionStacks.Of(stack);
        var members = program.ResourcesOf<Instance>().Where(i => i.Has<EtcdMemberAnnotation>()).ToList();
        var reservations = program.ResourcesOf<SubnetCidrReservation>().ToList();

        Assert.Equal(10, members.Count);
        Assert.Equal(members.Count, reservations.Count);
        foreach (var member in members)
        {
            var reservation = Assert.Single(reservations, r => r.Args.CidrBlock.KnownValue == $"{member.Args.PrivateIp}/32");
            Assert.Equal(SubnetCidrReservation.Explicit, reservation.Args.ReservationType.KnownValue);
            Assert.Equal(member.Args.SubnetId.Node, reservation.Args.SubnetId.Node);
            Assert.Contains(reservation, member.Options.DependsOn);
        }
    }
}
