using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;

namespace Infra.Tests.Network;

public class ClusterSecurityGroupsTests
{
    private static readonly NetworkArgs OpenToTheInternet = NetworkFixture.Created() with { PublicIngressCidrs = ["0.0.0.0/0"] };

    [Fact]
    public void No_rule_opens_ssh()
    {
        foreach (var args in new[] { OpenToTheInternet, NetworkFixture.Adopted() })
        {
            var rules = AllRules(NetworkFixture.Program(args));

            Assert.NotEmpty(rules);
            Assert.DoesNotContain(rules, r => Covers(r, "tcp", 22));
        }
    }

    [Fact]
    public void Only_the_annotated_public_load_balancer_rules_accept_the_internet()
    {
        var program = NetworkFixture.Program(OpenToTheInternet);

        var open = program.ResourcesOf<SecurityGroupIngressRule>().Where(r => r.Args.CidrIpv4?.KnownValue == "0.0.0.0/0").ToArray();

        Assert.NotEmpty(open);
        Assert.All(open, r => Assert.True(r.Has<PublicLoadBalancerAnnotation>(), $"{r} accepts 0.0.0.0/0 without the annotation"));
        Assert.All(open, r => Assert.True(GroupOf(r.Args).Has<PublicLoadBalancerAnnotation>()));
    }

    [Fact]
    public void Public_load_balancer_accepts_nothing_until_sources_are_named()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());

        var publicLoadBalancer = ((OutputReference)network.PublicLoadBalancerSecurityGroupId.Node).Resource;

        Assert.DoesNotContain(program.ResourcesOf<SecurityGroupIngressRule>(), r => GroupOf(r.Args) == publicLoadBalancer);
    }

    [Fact]
    public void Endpoint_security_group_accepts_only_https_from_the_vpc_cidr()
    {
        var args = NetworkFixture.Adopted();
        var program = NetworkFixture.Program(args);

        var endpointGroup = program.ResourcesOf<VpcEndpoint>()
            .SelectMany(e => e.Args.SecurityGroupIds ?? [])
            .Select(id => ((OutputReference)id.Node).Resource)
            .Distinct()
            .Single();
        var ingress = Assert.Single(program.ResourcesOf<SecurityGroupIngressRule>(), r => GroupOf(r.Args) == endpointGroup);

        Assert.Equal(args.VpcCidr, ingress.Args.CidrIpv4?.KnownValue);
        Assert.Equal(("tcp", 443, 443), (ingress.Args.IpProtocol.KnownValue, ingress.Args.FromPort, ingress.Args.ToPort));
    }

    [Theory]
    [InlineData("nodes", "tcp", 10250, "control-plane")]
    [InlineData("control-plane", "tcp", 10250, "nodes")]
    [InlineData("control-plane", "tcp", 10250, "control-plane")]
    [InlineData("nodes", "udp", 4789, "nodes")]
    [InlineData("control-plane", "udp", 4789, "nodes")]
    [InlineData("nodes", "udp", 4789, "control-plane")]
    [InlineData("control-plane", "udp", 4789, "control-plane")]
    [InlineData("nodes", "tcp", 5473, "control-plane")]
    [InlineData("control-plane", "tcp", 5473, "nodes")]
    [InlineData("nodes", "tcp", 30000, "public-lb")]
    public void Cluster_traffic_is_allowed_between_the_groups_that_need_it(string receiver, string protocol, int port, string sender)
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.True(Allowed(program, sender, receiver, protocol, port), $"{sender} cannot reach {receiver} on {protocol} {port}");
    }

    [Theory]
    [InlineData("etcd", "tcp", 2379, "nodes")]
    [InlineData("etcd", "tcp", 2380, "control-plane")]
    [InlineData("nodes", "tcp", 10250, "public-lb")]
    [InlineData("control-plane", "tcp", 2379, "nodes")]
    [InlineData("etcd", "tcp", 2379, "control-plane")]
    [InlineData("control-plane", "tcp", 6443, "nodes")]
    public void Groups_cannot_reach_ports_their_role_does_not_use_and_the_network_alone_opens_no_etcd_or_api_port(string receiver, string protocol, int port, string sender)
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.False(Allowed(program, sender, receiver, protocol, port), $"{sender} can reach {receiver} on {protocol} {port}");
    }

    /// <summary>Both halves are needed: the receiver's ingress from the sender and the sender's egress to the receiver.</summary>
    private static bool Allowed(InfraProgram program, string sender, string receiver, string protocol, int port)
    {
        var from = Group(program, sender);
        var to = Group(program, receiver);
        var ingress = program.ResourcesOf<SecurityGroupIngressRule>()
            .Any(r => GroupOf(r.Args) == to && Peer(r.Args) == from && Covers(r.Args, protocol, port));
        var egress = program.ResourcesOf<SecurityGroupEgressRule>()
            .Any(r => GroupOf(r.Args) == from && (Peer(r.Args) == to || r.Args.CidrIpv4?.KnownValue == "0.0.0.0/0") && Covers(r.Args, protocol, port));
        return ingress && egress;
    }

    private static SecurityGroup Group(InfraProgram program, string key) =>
        program.ResourcesOf<SecurityGroup>().Single(g => g.Path.Segments[^1] == $"{key}-sg");

    private static Resource GroupOf(SecurityGroupRuleArgs rule) => ((OutputReference)rule.SecurityGroupId.Node).Resource;

    private static Resource? Peer(SecurityGroupRuleArgs rule) => (rule.ReferencedSecurityGroupId?.Node as OutputReference)?.Resource;

    private static bool Covers(SecurityGroupRuleArgs rule, string protocol, int port) =>
        rule.IpProtocol.KnownValue == "-1" || (rule.IpProtocol.KnownValue == protocol && rule.FromPort <= port && port <= rule.ToPort);

    private static List<SecurityGroupRuleArgs> AllRules(InfraProgram program) =>
        [.. program.ResourcesOf<SecurityGroupIngressRule>().Select(r => r.Args), .. program.ResourcesOf<SecurityGroupEgressRule>().Select(r => r.Args)];
}
