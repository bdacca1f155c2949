using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class KubeletEvictionThresholdsTests
{
    private readonly KubeletEvictionThresholds rule = new();

    private static KubeletConfiguration Kubelet => KubeletConfiguration.For(KubeletSettings.For(expectedNodes: 1_000, rootVolumeThroughput: 125));

    [Fact]
    public void The_default_kubelet_configuration_sets_every_hard_threshold()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs()).Annotate(Kubelet);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_pool_kubelet_missing_a_signal_is_flagged_naming_it()
    {
        var program = RuleFixture.Program();
        var withoutInodes = Kubelet.EvictionHard.Where(e => e.Key != "nodefs.inodesFree").ToDictionary();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs()).Annotate(Kubelet with { EvictionHard = withoutInodes });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal(("pool/launch-template", "userData"), (violation.ResourcePath, violation.Property));
        Assert.Contains("no hard eviction threshold for nodefs.inodesFree", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_pools_carry_their_kubelet_configuration_for_this_rule()
    {
        Assert.Equal(KubeletEvictionThresholds.RequiredSignals, KubeletConfiguration.DefaultEvictionHard.Keys.Order(StringComparer.Ordinal));
    }
}
