using Infra.NodePools;
using Infra.Policies.Rules;
using Infra.Tests.NodePools;

namespace Infra.Tests.Policies.Rules;

public sealed class AllowedInstanceFamiliesTests
{
    private readonly AllowedInstanceFamilies rule = new();

    [Fact]
    public void A_type_outside_the_pool_families_is_flagged_with_the_fix()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["m7i.4xlarge", "r7i.4xlarge"] });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("general/group", violation.ResourcePath);
        Assert.Equal("mixedInstancesPolicy.launchTemplate.overrides", violation.Property);
        Assert.Contains("'r7i.4xlarge'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("choose a type of those families (e.g. 'm7i.4xlarge')", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_burstable_type_is_flagged_on_the_launch_template()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["t3.large"] });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("launchTemplate", violation.Property);
    }

    [Theory]
    [InlineData("m7i.4xlarge", "m6i.4xlarge")]
    [InlineData("m6i.xlarge", "m6a.xlarge")]
    public void General_pools_of_intel_and_amd_general_purpose_types_pass(string first, string second)
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = [first, second] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
