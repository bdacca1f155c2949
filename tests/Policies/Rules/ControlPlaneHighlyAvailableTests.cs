using Infra.Policies.Rules;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class ControlPlaneHighlyAvailableTests
{
    private readonly ControlPlaneHighlyAvailable rule = new();

    [Fact]
    public void Three_nodes_in_one_zone_are_flagged_for_the_zones_only()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes(Zones[0]), minSize: 3);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal(string.Empty, violation.ResourcePath);
        Assert.Contains("the control-plane groups (control-plane/eu-west-1a/group) run in 1 zone(s) (eu-west-1a)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("add a group in each of at least 3 zones", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_three_nodes_over_three_zones_are_flagged_for_the_count_only()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes(Zones[0]), minSize: 1);
        ControlPlaneGroup(program, Nodes(Zones[1]), minSize: 1);
        ControlPlaneGroup(program, Nodes(Zones[2]), minSize: 0);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("keep 2 node(s) at minimum: raise their minSize to at least 3 in total", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Etcd_without_any_control_plane_group_is_flagged()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("the stack runs etcd cluster(s) 'etcd' but no control-plane group", violation.Message, StringComparison.Ordinal);
        Assert.Contains("annotated with ControlPlaneNodesAnnotation", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_with_neither_etcd_nor_a_control_plane_has_nothing_to_check()
    {
        Assert.Empty(RuleFixture.Violations(rule, RuleFixture.Program()));
    }

    [Fact]
    public void One_node_in_each_of_three_zones_passes()
    {
        var program = RuleFixture.Program();
        foreach (var zone in Zones)
        {
            ControlPlaneGroup(program, Nodes(zone), minSize: 1);
        }

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
