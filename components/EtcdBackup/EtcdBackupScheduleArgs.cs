namespace Infra.EtcdBackup;

/// <summary>Args of <see cref="EtcdBackupSchedule"/>: how often snapshots are taken.</summary>
public sealed record EtcdBackupScheduleArgs
{
    /// <summary>
    /// The time between snapshots, which is the most cluster state a restore can lose. Hourly: the
    /// objects lost are mostly ones controllers recreate, and 24 snapshots a day stay cheap at any etcd
    /// size (8 GiB at most). Whole minutes dividing an hour, or whole hours dividing a day, so every
    /// member fires at the same wall-clock times.
    /// </summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(1);
}
