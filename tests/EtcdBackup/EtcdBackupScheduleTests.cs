using Infra.EtcdBackup;
using Infra.Tests.Support;

namespace Infra.Tests.EtcdBackup;

public class EtcdBackupScheduleTests
{
    [Fact]
    public void Snapshots_are_hourly_by_default()
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs());

        Assert.Equal("*-*-* *:00:00", schedule.OnCalendar);
        Assert.Contains($"OnCalendar={schedule.OnCalendar}\n", schedule.Timer.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, "*-*-* *:00/15:00")]
    [InlineData(360, "*-*-* 00/6:00:00")]
    [InlineData(1440, "*-*-* 00:00:00")]
    public void An_interval_dividing_an_hour_or_a_day_becomes_a_calendar_expression(int minutes, string calendar)
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs { Interval = TimeSpan.FromMinutes(minutes) });

        Assert.Equal(calendar, schedule.OnCalendar);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(60)]
    [InlineData(120)]
    [InlineData(1440)]
    public void Systemd_accepts_the_calendar_expression_of_every_allowed_interval(int minutes)
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs { Interval = TimeSpan.FromMinutes(minutes) });

        var result = InstalledTool.Run("systemd-analyze", ["calendar", schedule.OnCalendar]);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(90)]
    [InlineData(300)]
    public void An_interval_that_does_not_repeat_evenly_is_refused_with_the_fix(int minutes)
    {
        var error = Assert.Throws<ArgumentException>(() => new EtcdBackupSchedule(new EtcdBackupScheduleArgs { Interval = TimeSpan.FromMinutes(minutes) }));

        Assert.Contains("use whole minutes dividing an hour", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, 90)]
    [InlineData(60, 300)]
    [InlineData(360, 300)]
    public void The_random_delay_is_a_tenth_of_the_interval_at_most_five_minutes(int minutes, int delaySeconds)
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs { Interval = TimeSpan.FromMinutes(minutes) });

        Assert.Equal(TimeSpan.FromSeconds(delaySeconds), schedule.RandomizedDelay);
        Assert.Contains($"RandomizedDelaySec={delaySeconds}\n", schedule.Timer.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_that_was_off_runs_the_missed_backup_when_it_boots()
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs());

        Assert.Contains("Persistent=true\n", schedule.Timer.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_runs_the_installed_script_with_the_member_environment()
    {
        var service = new EtcdBackupSchedule(new EtcdBackupScheduleArgs()).Service.Content;

        Assert.Contains($"ExecStart={EtcdBackupScript.InstallPath}\n", service, StringComparison.Ordinal);
        Assert.Contains($"EnvironmentFile={EtcdBackupScript.EnvironmentPath}\n", service, StringComparison.Ordinal);
        Assert.Contains("Type=oneshot\n", service, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_script_service_and_timer_under_the_etcd_folder()
    {
        var schedule = new EtcdBackupSchedule(new EtcdBackupScheduleArgs());

        Assert.Equal(
            ["etcd/backup/etcd-backup.sh", "etcd/backup/etcd-backup.service", "etcd/backup/etcd-backup.timer"],
            schedule.Files.Select(f => f.RelativePath));
        Assert.Equal(EtcdBackupScript.Text, schedule.Script.Content);
    }
}
