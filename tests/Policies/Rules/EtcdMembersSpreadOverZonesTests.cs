using Infra.Policies.Rules;
using Infra.Tests.Etcd;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class EtcdMembersSpreadOverZonesTests
{
    private readonly EtcdMembersSpreadOverZones rule = new();

    [Fact]
    public void Members_in_two_zones_are_flagged_once_naming_the_zones()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0], Zones[1], Zones[0], Zones[1], Zones[0]]);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd/etcd-a/instance", violation.ResourcePath);
        Assert.Contains("runs its 5 member(s) in 2 zone(s) (eu-west-1a, eu-west-1b)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("spread them over at least 3 zones", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_holding_a_quorum_is_flagged_on_a_member_there()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0], Zones[1], Zones[2], Zones[0], Zones[0]]);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd/etcd-a/instance", violation.ResourcePath);
        Assert.Contains("puts 3 of 5 members in zone eu-west-1a, a quorum", violation.Message, StringComparison.Ordinal);
        Assert.Contains("so none holds 3", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_members_spread_two_two_one_pass()
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
