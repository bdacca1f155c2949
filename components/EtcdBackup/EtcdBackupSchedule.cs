using System.Globalization;
using Infra.Model;

namespace Infra.EtcdBackup;

/// <summary>
/// The files an etcd member needs for scheduled backups: <see cref="EtcdBackupScript"/> and a systemd
/// service and timer that run it every <see cref="EtcdBackupScheduleArgs.Interval"/>. The timer is
/// <c>Persistent</c> (a member that was off runs the missed backup at boot) and delayed by a fixed,
/// per-machine random offset of up to a tenth of the interval, capped at five minutes, so clusters
/// sharing an account do not all hit S3 and KMS at the top of the hour. Because each member's offset
/// differs, a leader change between two members' runs can give one interval two snapshots or none:
/// at most one interval of extra loss, accepted for not coordinating the members.
/// </summary>
public sealed class EtcdBackupSchedule
{
    /// <summary>The unit name, shared by service and timer.</summary>
    public const string UnitName = "etcd-backup";

    /// <summary>Where render writes the member's files, under the cluster's etcd folder.</summary>
    private const string RenderFolder = "etcd/backup";

    private static readonly TimeSpan MaxRandomizedDelay = TimeSpan.FromMinutes(5);

    public EtcdBackupSchedule(EtcdBackupScheduleArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        OnCalendar = CalendarFor(args.Interval);
        var tenth = TimeSpan.FromSeconds(Math.Floor(args.Interval.TotalSeconds / 10));
        RandomizedDelay = tenth < MaxRandomizedDelay ? tenth : MaxRandomizedDelay;
        Script = new GeneratedFile($"{RenderFolder}/{UnitName}.sh", EtcdBackupScript.Text);
        Service = new GeneratedFile($"{RenderFolder}/{UnitName}.service", ServiceUnit());
        Timer = new GeneratedFile($"{RenderFolder}/{UnitName}.timer", TimerUnit());
    }

    /// <summary>The timer's systemd calendar expression, e.g. <c>*-*-* *:00:00</c> for hourly.</summary>
    public string OnCalendar { get; }

    /// <summary>The most a member's run is delayed after each calendar time.</summary>
    public TimeSpan RandomizedDelay { get; }

    public GeneratedFile Script { get; }

    public GeneratedFile Service { get; }

    public GeneratedFile Timer { get; }

    public IReadOnlyList<GeneratedFile> Files => [Script, Service, Timer];

    private static string CalendarFor(TimeSpan interval)
    {
        var minutes = interval.TotalMinutes;
        if (minutes >= 1 && minutes < 60 && minutes % 1 == 0 && 60 % minutes == 0)
        {
            return $"*-*-* *:00/{Number((int)minutes)}:00";
        }

        // systemd refuses a repetition as long as its range ("00/24"), so hourly and daily are spelt out.
        switch (interval.TotalHours)
        {
            case 1:
                return "*-*-* *:00:00";
            case 24:
                return "*-*-* 00:00:00";
            case var hours when hours > 1 && hours < 24 && hours % 1 == 0 && 24 % hours == 0:
                return $"*-*-* 00/{Number((int)hours)}:00:00";
        }

        throw new ArgumentException(
            $"backup interval {interval} does not repeat evenly: use whole minutes dividing an hour (e.g. 15 minutes) or whole hours dividing a day (e.g. 6 hours)",
            nameof(interval));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ServiceUnit() => $"""
        [Unit]
        Description=Snapshot etcd to the backup bucket (uploads on the leader only)
        Wants=network-online.target
        After=network-online.target etcd.service

        [Service]
        Type=oneshot
        EnvironmentFile={EtcdBackupScript.EnvironmentPath}
        ExecStart={EtcdBackupScript.InstallPath}
        StateDirectory={UnitName}
        StateDirectoryMode=0700
        Nice=10
        IOSchedulingClass=idle

        """;

    private string TimerUnit() => $"""
        [Unit]
        Description=Snapshot etcd on schedule ({OnCalendar})

        [Timer]
        OnCalendar={OnCalendar}
        RandomizedDelaySec={Number((int)RandomizedDelay.TotalSeconds)}
        FixedRandomDelay=true
        Persistent=true

        [Install]
        WantedBy=timers.target

        """;
}
