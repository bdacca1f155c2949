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
    public void A_single_type_of_another_kind_is_flagged_on_the_launch_template()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = ["c6i.4xlarge"] });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("launchTemplate", violation.Property);
        Assert.Contains("of kind general", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compute_pool_of_any_name_may_run_compute_types()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.For(NodePoolKind.Compute, NodePoolFixture.Cluster(), "batch") with { InstanceTypes = ["c6i.4xlarge"] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_pool_named_compute_is_held_to_its_stated_kind_not_its_name()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.For(NodePoolKind.General, NodePoolFixture.Cluster(), "compute") with { InstanceTypes = ["c6i.4xlarge"] });

        Assert.Contains("pool 'compute' of kind general uses 'c6i.4xlarge'", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NodePoolKind.General, "m7a.4xlarge", "m6a.4xlarge")]
    [InlineData(NodePoolKind.Compute, "c7a.4xlarge", "c6a.4xlarge")]
    [InlineData(NodePoolKind.Compute, "c7g.4xlarge", "c6g.4xlarge")]
    [InlineData(NodePoolKind.Memory, "r7a.4xlarge", "r6a.4xlarge")]
    [InlineData(NodePoolKind.Memory, "r7g.4xlarge", "r6g.4xlarge")]
    [InlineData(NodePoolKind.Gpu, "g5.xlarge", "g4dn.xlarge")]
    public void Each_kind_accepts_its_amd_and_graviton_variants(NodePoolKind kind, string first, string second)
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { InstanceTypes = [first, second] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Theory]
    [InlineData(NodePoolKind.General, "m6id.4xlarge")]
    [InlineData(NodePoolKind.Compute, "c6id.4xlarge")]
    [InlineData(NodePoolKind.Memory, "r6id.4xlarge")]
    [InlineData(NodePoolKind.Memory, "i4i.4xlarge")]
    public void Each_kind_accepts_its_families_with_instance_store_for_local_ssd(NodePoolKind kind, string instanceType)
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.For(kind, NodePoolFixture.Cluster()) with { LocalSsd = true, InstanceTypes = [instanceType] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_storage_optimized_type_in_a_general_pool_is_flagged()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { LocalSsd = true, InstanceTypes = ["i4i.4xlarge"] });

        Assert.Contains("of kind general uses 'i4i.4xlarge'", Assert.Single(RuleFixture.Violations(rule, program)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m7i.4xlarge", "m6i.4xlarge")]
    [InlineData("m6i.xlarge", "m6a.xlarge")]
    [InlineData("m7g.4xlarge", "m6g.4xlarge")]
    public void General_pools_of_intel_amd_and_graviton_general_purpose_types_pass(string first, string second)
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()) with { InstanceTypes = [first, second] });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
