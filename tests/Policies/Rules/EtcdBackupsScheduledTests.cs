using Infra.Policies.Rules;
using Infra.Tests.Etcd;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class EtcdBackupsScheduledTests
{
    private readonly EtcdBackupsScheduled rule = new();

    [Fact]
    public void Every_member_without_a_backup_timer_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers, change: member => member.Member == "etcd-c" ? member : member with { BackupCalendar = null });

        var violations = RuleFixture.Violations(rule, program);

        Assert.Equal(["etcd/etcd-a/instance", "etcd/etcd-b/instance", "etcd/etcd-d/instance", "etcd/etcd-e/instance"], violations.Select(v => v.ResourcePath));
        Assert.Equal("userData", violations[0].Property);
        Assert.Contains("etcd member 'etcd-a' of cluster 'etcd' has no backup timer: install the EtcdBackupSchedule timer", violations[0].Message, StringComparison.Ordinal);
        Assert.Contains("a reviewed waiver of CP-005 in policies/waivers.yaml", violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_every_cluster_are_checked()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers);
        EtcdCluster(program, [Zones[0]], cluster: "etcd-events", change: member => member with { BackupCalendar = null });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd-events/etcd-events-a/instance", violation.ResourcePath);
    }

    [Fact]
    public void Members_with_a_backup_calendar_pass()
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
