using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;

namespace Infra.Tests.Network;

public class NetworkTests
{
    [Fact]
    public void Every_zone_gets_one_public_and_one_private_subnet()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        var subnets = NetworkFixture.ArgsOf<Subnet, SubnetArgs>(program);

        foreach (var zone in NetworkFixture.ThreeZones)
        {
            var inZone = subnets.Where(s => s.AvailabilityZone?.KnownValue == zone).ToArray();
            Assert.Single(inZone, s => s.Tags!.ContainsKey("kubernetes.io/role/elb"));
            Assert.Single(inZone, s => s.Tags!.ContainsKey("kubernetes.io/role/internal-elb"));
        }

        Assert.Equal(2 * NetworkFixture.ThreeZones.Count, subnets.Count);
    }

    [Fact]
    public void Subnet_outputs_follow_zone_order()
    {
        var (_, network) = NetworkFixture.Build(NetworkFixture.Created());

        var zonesOfPrivateSubnets = network.PrivateSubnetIds
            .Select(id => ((Subnet)((OutputReference)id.Node).Resource).Args.AvailabilityZone?.KnownValue);

        Assert.Equal(NetworkFixture.ThreeZones, zonesOfPrivateSubnets);
        Assert.Equal(NetworkFixture.ThreeZones.Count, network.PublicSubnetIds.Count);
    }

    [Fact]
    public void Per_zone_nat_gives_each_private_route_table_its_own_zones_gateway()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        var gateways = program.ResourcesOf<NatGateway>().ToArray();
        Assert.Equal(NetworkFixture.ThreeZones.Count, gateways.Length);
        Assert.Equal(NetworkFixture.ThreeZones.Count, program.ResourcesOf<Eip>().Count());
        foreach (var gateway in gateways)
        {
            var gatewayZone = ZoneOfSubnet(gateway.Args.SubnetId);
            var routedZones = PrivateDefaultRoutes(program).Where(r => Referenced(r.NatGatewayId) == gateway).Select(r => RouteTableZone(program, r)).ToArray();
            Assert.Equal(new[] { gatewayZone }, routedZones);
        }
    }

    [Fact]
    public void Single_nat_serves_every_private_route_table()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created() with { NatMode = NatMode.Single });

        var gateway = Assert.Single(program.ResourcesOf<NatGateway>());
        Assert.Single(program.ResourcesOf<Eip>());
        var routes = PrivateDefaultRoutes(program);
        Assert.Equal(NetworkFixture.ThreeZones.Count, routes.Count);
        Assert.All(routes, r => Assert.Same(gateway, Referenced(r.NatGatewayId)));
    }

    [Fact]
    public void Elastic_ips_use_the_vpc_domain()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.All(NetworkFixture.ArgsOf<Eip, EipArgs>(program), eip => Assert.Equal("vpc", eip.Domain?.KnownValue));
    }

    [Fact]
    public void Public_subnets_route_to_the_internet_gateway()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        var internetGateway = Assert.Single(program.ResourcesOf<InternetGateway>());
        var publicRoute = Assert.Single(NetworkFixture.ArgsOf<Route, RouteArgs>(program), r => r.GatewayId is not null);
        Assert.Same(internetGateway, Referenced(publicRoute.GatewayId));
        Assert.Equal("0.0.0.0/0", publicRoute.DestinationCidrBlock.KnownValue);
    }

    [Fact]
    public void Every_taggable_resource_carries_the_common_tags_and_a_name()
    {
        foreach (var args in new[] { NetworkFixture.Created(), NetworkFixture.Adopted() })
        {
            var program = NetworkFixture.Program(args);
            var taggable = program.Resources.Where(r => r.Args.GetType().GetProperty("Tags") is not null).ToArray();
            Assert.NotEmpty(taggable);
            foreach (var resource in taggable)
            {
                var tags = (IReadOnlyDictionary<string, Expr<string>>?)resource.Args.GetType().GetProperty("Tags")!.GetValue(resource.Args);
                Assert.True(tags is not null, $"{resource} has no tags");
                foreach (var (key, value) in NetworkFixture.CommonTags)
                {
                    Assert.Equal(value, tags[key].KnownValue);
                }

                Assert.StartsWith("prod-", tags["Name"].KnownValue, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Created_subnets_are_owned_by_the_cluster()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.All(NetworkFixture.ArgsOf<Subnet, SubnetArgs>(program), s => Assert.Equal("owned", s.Tags!["kubernetes.io/cluster/prod"].KnownValue));
    }

    [Fact]
    public void Adopting_a_vpc_creates_no_vpc_subnets_nat_or_routes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Adopted());

        Assert.Empty(program.ResourcesOf<Vpc>());
        Assert.Empty(program.ResourcesOf<Subnet>());
        Assert.Empty(program.ResourcesOf<InternetGateway>());
        Assert.Empty(program.ResourcesOf<NatGateway>());
        Assert.Empty(program.ResourcesOf<Eip>());
        Assert.Empty(program.ResourcesOf<RouteTable>());
        Assert.Empty(program.ResourcesOf<Route>());
        Assert.NotEmpty(program.ResourcesOf<SecurityGroup>());
    }

    [Fact]
    public void Adopting_a_vpc_gives_outputs_of_the_same_shape_from_the_given_ids()
    {
        var args = NetworkFixture.Adopted();
        var (_, network) = NetworkFixture.Build(args);

        Assert.Equal(args.ExistingVpc!.VpcId, network.VpcId.KnownValue);
        Assert.Equal(args.ExistingVpc.VpcCidr, network.VpcCidr);
        Assert.Equal(args.ExistingVpc.Zones.Select(z => z.PrivateSubnetId), network.PrivateSubnetIds.Select(id => id.KnownValue));
        Assert.Equal(args.ExistingVpc.Zones.Select(z => z.PublicSubnetId), network.PublicSubnetIds.Select(id => id.KnownValue));
        Assert.IsType<OutputReference>(network.NodesSecurityGroupId.Node);
    }

    [Fact]
    public void Adopted_subnets_are_tagged_shared_with_the_cluster()
    {
        var args = NetworkFixture.Adopted();
        var program = NetworkFixture.Program(args);

        var tags = NetworkFixture.ArgsOf<Tag, TagArgs>(program);
        var subnetIds = args.ExistingVpc!.Zones.SelectMany(z => new[] { z.PublicSubnetId, z.PrivateSubnetId });
        Assert.Equal(subnetIds.Order(), tags.Select(t => t.ResourceId.KnownValue).Order());
        Assert.All(tags, t => Assert.Equal(("kubernetes.io/cluster/prod", "shared"), (t.Key.KnownValue, t.Value.KnownValue)));
    }

    [Fact]
    public void Explicit_subnet_cidrs_are_used_as_given()
    {
        var explicitCidrs = new[] { new ZoneSubnetCidrs("10.0.64.0/18", "10.0.0.0/24") };
        var program = NetworkFixture.Program(NetworkFixture.Created(["eu-west-1b"]) with { SubnetCidrs = explicitCidrs });

        var cidrs = NetworkFixture.ArgsOf<Subnet, SubnetArgs>(program).Select(s => s.CidrBlock?.KnownValue).Order(StringComparer.Ordinal);

        Assert.Equal(["10.0.0.0/24", "10.0.64.0/18"], cidrs);
    }

    [Fact]
    public void Only_the_nodes_security_group_carries_the_cluster_tag()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());

        var tagged = program.ResourcesOf<SecurityGroup>().Where(g => g.Args.Tags!.ContainsKey("kubernetes.io/cluster/prod")).ToArray();

        Assert.Equal([((OutputReference)network.NodesSecurityGroupId.Node).Resource], tagged);
    }

    [Fact]
    public void The_same_args_compile_to_the_same_bytes()
    {
        var first = Infra.Emit.PulumiYaml.PulumiYamlEmitter.ToYaml(NetworkFixture.Program(NetworkFixture.Created()));
        var second = Infra.Emit.PulumiYaml.PulumiYamlEmitter.ToYaml(NetworkFixture.Program(NetworkFixture.Created()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Security_group_rules_are_separate_resources()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.NotEmpty(program.ResourcesOf<SecurityGroupIngressRule>());
        Assert.NotEmpty(program.ResourcesOf<SecurityGroupEgressRule>());
        Assert.All(
            NetworkFixture.ArgsOf<SecurityGroup, SecurityGroupArgs>(program),
            g => Assert.DoesNotContain(PropertyReader.Read(g), p => p.Key is "ingress" or "egress"));
    }

    private static Resource? Referenced(Expr<string>? value) => (value?.Node as OutputReference)?.Resource;

    private static string? ZoneOfSubnet(Expr<string> subnetId) => ((Subnet)Referenced(subnetId)!).Args.AvailabilityZone?.KnownValue;

    private static List<RouteArgs> PrivateDefaultRoutes(InfraProgram program) =>
        NetworkFixture.ArgsOf<Route, RouteArgs>(program).Where(r => r.NatGatewayId is not null).ToList();

    /// <summary>The zone of the private subnet associated with the route's table.</summary>
    private static string? RouteTableZone(InfraProgram program, RouteArgs route) =>
        NetworkFixture.ArgsOf<RouteTableAssociation, RouteTableAssociationArgs>(program)
            .Where(a => Referenced(a.RouteTableId) == Referenced(route.RouteTableId))
            .Select(a => ZoneOfSubnet(a.SubnetId))
            .Single();
}
