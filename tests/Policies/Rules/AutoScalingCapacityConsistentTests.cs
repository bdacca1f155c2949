using Infra.Aws.AutoScaling;
using Infra.NodePools;
using Infra.Policies.Rules;
using Infra.Tests.NodePools;

namespace Infra.Tests.Policies.Rules;

public sealed class AutoScalingCapacityConsistentTests
{
    private readonly AutoScalingCapacityConsistent rule = new();

    [Fact]
    public void A_desired_capacity_above_the_maximum_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new Group(program.Root.Child("pool"), "group", new GroupArgs { MinSize = 1, DesiredCapacity = 5, MaxSize = 3 });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("pool/group", violation.ResourcePath);
        Assert.Equal("desiredCapacity", violation.Property);
        Assert.Contains("min 1, desired 5, max 3", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set the sizes so that each is within the next", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_of_zero_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new Group(program.Root.Child("pool"), "group", new GroupArgs { MinSize = 0, MaxSize = 0 });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("maxSize", violation.Property);
        Assert.Contains("set MaxSize to at least 1", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_pool_groups_pass()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.Compute(NodePoolFixture.Cluster()));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
