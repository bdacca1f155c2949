using Infra.Tests.Policies.Support;
using Infra.Policies.Rules;
using Infra.Tests.Network;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class ThreeAvailabilityZonesTests
{
    private readonly ThreeAvailabilityZones rule = new();

    [Fact]
    public void A_stack_stating_two_zones_is_flagged_with_the_fix()
    {
        var violation = Assert.Single(RuleFixture.Violations(rule, RuleFixture.Program(), PolicyFixture.Prod with { AvailabilityZones = 2 }));

        Assert.Equal(string.Empty, violation.ResourcePath);
        Assert.Equal(string.Empty, violation.Property);
        Assert.Contains("list at least 3 in infra:availabilityZones", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_platform_stack_the_fix_names_the_cluster_stack_that_sets_the_zones()
    {
        var facts = PolicyFixture.Prod with { AvailabilityZones = 2, AvailabilityZonesKey = "infra:availabilityZones of the cluster stack (Pulumi.prod.yaml)" };

        var violation = Assert.Single(RuleFixture.Violations(rule, RuleFixture.Program(), facts));

        Assert.Contains("list at least 3 in infra:availabilityZones of the cluster stack (Pulumi.prod.yaml)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Private_subnets_in_two_zones_are_flagged_with_the_fix()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created(["eu-west-1a", "eu-west-1b"]));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/private-a", violation.ResourcePath);
        Assert.Equal("availabilityZone", violation.Property);
        Assert.Contains("(eu-west-1a, eu-west-1b)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("list at least 3 in infra:availabilityZones, with a private subnet in each", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_zone_network_passes()
    {
        var program = NetworkFixture.Program(NetworkFixture.Created());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
