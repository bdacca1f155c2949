using Infra.Etcd;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>Every member of every etcd cluster runs a backup timer (<see cref="EtcdMemberAnnotation.BackupCalendar"/>).</summary>
public sealed class EtcdBackupsScheduled : PolicyRule
{
    public override string Id => "CP-005";

    public override string Title => "Every etcd member backs up on a schedule";

    public override string Rationale =>
        "Losing quorum for good (a bad upgrade, corrupted data, two zones lost) leaves only a snapshot to restore the cluster from; "
        + "each member takes them so backups go on while any member runs.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from cluster in EtcdMembers.Of(context)
        from pair in cluster.Members
        where string.IsNullOrWhiteSpace(pair.Member.BackupCalendar)
        select RuleViolation.Of(
            pair.Instance,
            "userData",
            $"etcd member '{pair.Member.Member}' of cluster '{cluster.Name}' has no backup timer: install the EtcdBackupSchedule timer on every member (EtcdCluster does, from EtcdClusterEc2Args.Backup); no stack config key turns it off, so a stack accepts it only with a reviewed waiver of {Id} in policies/waivers.yaml");
}
