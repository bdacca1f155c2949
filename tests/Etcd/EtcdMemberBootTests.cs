using Infra.Etcd;
using Infra.Software;
using Infra.Tests.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.Etcd;

/// <summary>
/// An etcd member's boot run for real by bash on a scratch machine (<see cref="BootMachine"/>), its scripts standing
/// in at their paths under the scratch root: the volume attaching late, the configuration read failing twice, a failure
/// reported without any Auto Scaling group to tell.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EtcdMemberBootTests : IDisposable
{
    private readonly BootMachine machine = new("etcd-boot-");

    public EtcdMemberBootTests() => machine.MarkDone("install-aws-cli");

    public void Dispose() => machine.Dispose();

    [Fact]
    public void With_the_volume_late_the_member_waits_then_installs_fetches_rejoins_and_starts_etcd_last()
    {
        var result = Run(volumeAttachesAfterPolls: 3);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(4, Calls(EtcdMemberBoot.PrepareDataDiskPath).Length);
        Assert.Equal(
            [EtcdMemberBoot.PrepareDataDiskPath, SoftwareInstaller.InstallPath, EtcdMemberBoot.FetchConfigPath, EtcdRejoinScript.InstallPath, "systemctl", "systemctl"],
            File.ReadAllLines(machine.Tools.Path("order")));
        Assert.Contains("enable --now etcd.service etcd-backup.timer", machine.Tools.Calls("systemctl"));
    }

    [Fact]
    public void The_configuration_read_failing_twice_is_retried_and_the_member_starts()
    {
        var result = Run(fetchFailures: 2);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(3, Calls(EtcdMemberBoot.FetchConfigPath).Length);
        Assert.Contains("read the member certificates and settings from SSM: attempt 2 of 8 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_that_never_attaches_fails_clearly_and_etcd_never_starts()
    {
        machine.Environment["BOOT_WAIT_TIMEOUT_SECONDS"] = "1";

        var result = Run(volumeAttachesAfterPolls: 1_000_000);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("timed out after 1s waiting for the etcd data volume, formatted if blank and mounted", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("systemctl"));
        Assert.Empty(machine.Tools.Calls("aws"));
        Assert.Contains("infra_boot_step_failed{step=\"prepare-data-volume\"} 1", machine.Metrics, StringComparison.Ordinal);
    }

    private string[] Calls(string script)
    {
        var log = machine.Tools.Path(Path.GetFileName(script) + ".calls");
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }

    private InstalledTool.Result Run(int volumeAttachesAfterPolls = 0, int fetchFailures = 0)
    {
        var order = machine.Tools.Path("order");
        foreach (var (script, failures) in new[] { (EtcdMemberBoot.PrepareDataDiskPath, volumeAttachesAfterPolls), (SoftwareInstaller.InstallPath, 0), (EtcdMemberBoot.FetchConfigPath, fetchFailures), (EtcdRejoinScript.InstallPath, 0) })
        {
            var calls = machine.Tools.Path(Path.GetFileName(script) + ".calls");
            machine.Write(script, $"""
                #!/usr/bin/env bash
                echo called >> '{calls}'
                [ "$(wc -l < '{calls}')" -gt {failures} ] || exit 1
                echo {script} >> '{order}'
                """, executable: true);
        }

        machine.Tools.Add("systemctl", $"[ \"$1\" != enable ] || echo systemctl >> '{order}'");
        machine.Tools.Add("aws", "true");
        return machine.Run(EtcdMemberBoot.Sequence.Script);
    }
}
