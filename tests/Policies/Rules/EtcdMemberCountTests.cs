using Infra.Policies.Rules;
using Infra.Tests.Etcd;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class EtcdMemberCountTests
{
    private readonly EtcdMemberCount rule = new();

    [Fact]
    public void An_even_count_is_flagged_on_the_first_member_with_a_fix_in_config_or_a_waiver()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [.. Zones, Zones[0]]);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd/etcd-a/instance", violation.ResourcePath);
        Assert.Contains("etcd cluster 'etcd' has 4 member(s)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set infra:environment to staging or prod (five members), or add a reviewed waiver of CP-001 to policies/waivers.yaml", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Args", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_members_laid_out_for_development_are_flagged_saying_so()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, Zones, change: member => member with { Development = true });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("has 3 member(s), laid out for development", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_cluster_is_counted_on_its_own()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers);
        EtcdCluster(program, [.. FiveMembers, Zones[2]], cluster: "etcd-events");

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("etcd cluster 'etcd-events' has 6 member(s)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_members_pass()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void The_etcd_cluster_component_complies()
    {
        var (program, _, _) = EtcdClusterFixture.Build();

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
