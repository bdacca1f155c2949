using Infra.Aws;
using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;

namespace Infra.Tests.Aws;

/// <summary>The expected tokens are the <c>__pulumiType</c> of each class in the aws 7.48.0 npm package.</summary>
public class AwsTypeTokensTests
{
    private static readonly Expr<string> Id = "id-0";

    public static TheoryData<string, Func<Scope, Resource>> Resources => new()
    {
        { "pulumi:providers:aws", s => new AwsProvider(s, "r", new AwsProviderArgs { Region = "eu-west-1" }) },
        { "aws:ec2/vpc:Vpc", s => new Vpc(s, "r", new VpcArgs { CidrBlock = "10.0.0.0/16" }) },
        { "aws:ec2/subnet:Subnet", s => new Subnet(s, "r", new SubnetArgs { VpcId = Id }) },
        { "aws:ec2/internetGateway:InternetGateway", s => new InternetGateway(s, "r", new InternetGatewayArgs()) },
        { "aws:ec2/eip:Eip", s => new Eip(s, "r", new EipArgs()) },
        { "aws:ec2/natGateway:NatGateway", s => new NatGateway(s, "r", new NatGatewayArgs { SubnetId = Id, AllocationId = Id }) },
        { "aws:ec2/routeTable:RouteTable", s => new RouteTable(s, "r", new RouteTableArgs { VpcId = Id }) },
        { "aws:ec2/route:Route", s => new Route(s, "r", new RouteArgs { RouteTableId = Id, DestinationCidrBlock = "0.0.0.0/0" }) },
        { "aws:ec2/routeTableAssociation:RouteTableAssociation", s => new RouteTableAssociation(s, "r", new RouteTableAssociationArgs { RouteTableId = Id, SubnetId = Id }) },
        { "aws:ec2/vpcEndpoint:VpcEndpoint", s => new VpcEndpoint(s, "r", new VpcEndpointArgs { VpcId = Id, ServiceName = "x", VpcEndpointType = VpcEndpointType.Gateway }) },
        { "aws:ec2/securityGroup:SecurityGroup", s => new SecurityGroup(s, "r", new SecurityGroupArgs { VpcId = Id, Description = "x" }) },
        { "aws:ec2/subnetCidrReservation:SubnetCidrReservation", s => new SubnetCidrReservation(s, "r", new SubnetCidrReservationArgs { SubnetId = Id, CidrBlock = "10.0.0.10/32", ReservationType = SubnetCidrReservation.Explicit }) },
        { "aws:ec2/tag:Tag", s => new Tag(s, "r", new TagArgs { ResourceId = Id, Key = "k", Value = "v" }) },
        { "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", s => new SecurityGroupIngressRule(s, "r", Rule) },
        { "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", s => new SecurityGroupEgressRule(s, "r", Rule) },
    };

    private static SecurityGroupRuleArgs Rule => new() { SecurityGroupId = Id, IpProtocol = "tcp" };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Each_resource_declares_the_providers_exact_type_token(string token, Func<Scope, Resource> declare)
    {
        var program = new InfraProgram("tokens", "type tokens");

        Assert.Equal(token, declare(program.Root).Type);
    }
}
