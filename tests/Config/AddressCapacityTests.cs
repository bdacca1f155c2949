using Infra.Stacks.Config;
using Infra.Tests.Stacks;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

/// <summary>The networks hold the cluster at its pools' maxima, not at infra:expectedNodes; a refusal shows the arithmetic and names the keys to change.</summary>
public class AddressCapacityTests
{
    private const string FiveThousandNodes = "{general: {min: 3, max: 5000, desired: 3, instanceTypes: [m6i.xlarge]}}";

    private const string AdoptedSlash24s = "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [subnet-0a0000000000000a1, subnet-0b0000000000000b1, subnet-0c0000000000000c1], privateSubnetCidrs: [10.30.1.0/24, 10.30.2.0/24, 10.30.3.0/24]}";

    [Fact]
    public void A_slash_20_vpc_is_refused_for_five_thousand_nodes_with_the_arithmetic()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:vpcCidr", "10.30.0.0/20", "infra:nodePools", FiveThousandNodes)));

        Assert.Contains("infra:vpcCidr: '10.30.0.0/20' is too small: zone eu-west-1a's private subnet 10.30.0.0/23 has 512 addresses but needs 1,684 at the pools' maxima: 1,667 workers (5,000 over 3 zones, rounded up) + 1 control-plane node + 4 etcd members + 1 API load balancer + 6 interface endpoints + 5 reserved by AWS", error.Message, StringComparison.Ordinal);
        Assert.Contains("use a larger infra:vpcCidr such as a /16, more infra:availabilityZones, or lower the pools' max in infra:nodePools", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_adopted_slash_24_subnets_are_refused_for_five_thousand_nodes_naming_each_subnet()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:existingVpc", AdoptedSlash24s, "infra:nodePools", FiveThousandNodes)));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("infra:existingVpc.privateSubnetCidrs[2]: '10.30.3.0/24' is too small: zone eu-west-1c's private subnet 10.30.3.0/24 has 256 addresses but needs 1,684", error.Message, StringComparison.Ordinal);
        Assert.Contains("give the zone a larger private subnet, or lower the pools' max in infra:nodePools", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_network_of_2048_blocks_of_250_pods_is_refused_for_pools_of_large_nodes_summing_to_five_thousand()
    {
        var pools = "{general: {min: 3, max: 3000, instanceTypes: [m6i.8xlarge]}, batch: {min: 0, max: 2000, instanceTypes: [m6i.8xlarge]}}";

        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:podCidr", "100.64.0.0/12", "infra:nodePools", pools)));

        Assert.Equal("Pulumi.prod.yaml: infra:podCidr: '100.64.0.0/12' is too small: holds 2,048 node blocks (/23: 250 pods per node) but the pools' maxima need 5,003: 5,000 workers + 3 control-plane nodes: use a larger infra:podCidr, such as 100.64.0.0/10, or lower the pools' max in infra:nodePools", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_created_vpc_longer_than_slash_20_is_refused_by_its_public_subnets_not_by_internal_args()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("dev", ProdWith("infra:environment", "dev", "infra:vpcCidr", "10.10.0.0/21")));

        Assert.Contains("infra:vpcCidr: '10.10.0.0/21' is too small: zone eu-west-1a's public subnet 10.10.7.0/28 has 16 addresses but a load balancer needs a subnet of at least 32 (/27): use a prefix of /20 or shorter in infra:vpcCidr", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NetworkArgs", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_reference_stack_fits_its_address_plan(string stack)
    {
        Assert.Equal(stack, StackConfigLoader.FromStackFile(ProjectDir, stack).StackName);
    }
}
