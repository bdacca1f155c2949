using Infra.Network;
using Infra.Policies.Rules;
using Infra.Tests.Network;

namespace Infra.Tests.Policies.Rules;

public sealed class NatGatewayPerZoneTests
{
    private readonly NatGatewayPerZone rule = new();

    [Fact]
    public void One_shared_gateway_for_three_zones_is_flagged_with_the_fix()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created() with { NatMode = NatMode.Single });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal(string.Empty, violation.ResourcePath);
        Assert.Contains("1 NAT gateway(s) serve private subnets in 3 zones", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set infra:natMode to perZone", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_per_zone_passes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void An_adopted_vpc_needs_no_gateways_of_its_own()
    {
        var program = NetworkFixture.Program(NetworkFixture.Adopted());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
