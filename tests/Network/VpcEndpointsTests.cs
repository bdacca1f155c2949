using Infra.Aws.Ec2;
using Infra.Model;
using Infra.Network;

namespace Infra.Tests.Network;

public class VpcEndpointsTests
{
    [Fact]
    public void Interface_endpoints_serve_every_private_subnet_with_private_dns()
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created());

        var interfaces = NetworkFixture.ArgsOf<VpcEndpoint, VpcEndpointArgs>(program).Where(e => e.VpcEndpointType.KnownValue == "Interface").ToArray();

        Assert.Equal(
            ["ec2messages", "ecr.api", "ecr.dkr", "ssm", "ssmmessages", "sts"],
            interfaces.Select(e => e.ServiceName.KnownValue!["com.amazonaws.eu-west-1.".Length..]).Order(StringComparer.Ordinal));
        Assert.All(interfaces, e => Assert.True(e.PrivateDnsEnabled));
        Assert.All(interfaces, e => Assert.Equal(network.PrivateSubnetIds.Select(Source), e.SubnetIds!.Select(Source)));
    }

    [Fact]
    public void The_s3_gateway_endpoint_routes_from_every_private_route_table()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        var s3 = Assert.Single(NetworkFixture.ArgsOf<VpcEndpoint, VpcEndpointArgs>(program), e => e.VpcEndpointType.KnownValue == "Gateway");
        var privateTables = program.ResourcesOf<RouteTable>().Where(t => t.Name.Contains("private", StringComparison.Ordinal)).ToArray();

        Assert.Equal("com.amazonaws.eu-west-1.s3", s3.ServiceName.KnownValue);
        Assert.Equal(privateTables.Select(t => t.Name), s3.RouteTableIds!.Select(id => ((OutputReference)id.Node).Resource.Name));
    }

    [Fact]
    public void An_adopted_vpc_without_route_tables_keeps_its_s3_path()
    {
        var adopted = NetworkFixture.Adopted();
        var args = NetworkArgs.Adopt("prod", adopted.ExistingVpc! with { PrivateRouteTableIds = [] }, NetworkFixture.CommonTags);

        var program = NetworkFixture.Program(args);

        Assert.DoesNotContain(NetworkFixture.ArgsOf<VpcEndpoint, VpcEndpointArgs>(program), e => e.VpcEndpointType.KnownValue == "Gateway");
    }

    [Fact]
    public void Endpoints_can_be_left_out()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created() with { VpcEndpoints = false });

        Assert.Empty(program.ResourcesOf<VpcEndpoint>());
    }

    private static string Source(Expr<string> value) => value.Node is IDeployTimeValue node ? node.Source : value.ToString();
}
