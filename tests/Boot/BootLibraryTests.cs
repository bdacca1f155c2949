using System.Text.RegularExpressions;
using Infra.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.Boot;

/// <summary>The boot library's functions run for real by bash on a scratch machine, with stand-ins for the AWS CLI and IMDS.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class BootLibraryTests : IDisposable
{
    private readonly BootMachine machine = new("boot-library-");

    public void Dispose() => machine.Dispose();

    [Fact]
    public void Shellcheck_finds_nothing_to_warn_about()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], BootLibrary.Text);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void A_command_failing_twice_then_succeeding_is_retried_with_one_line_per_failed_attempt()
    {
        machine.Tools.Add("flaky", FailsTimes(2));

        var result = machine.RunWithLibrary("retry 'call the flaky service' flaky");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(3, machine.Tools.Calls("flaky").Length);
        Assert.Equal(
            ["infra-boot: call the flaky service: attempt 1 of 8 failed (exit status 1), retrying in 0s", "infra-boot: call the flaky service: attempt 2 of 8 failed (exit status 1), retrying in 0s"],
            Lines(result.Error));
    }

    [Fact]
    public void Retries_stop_at_the_attempt_limit_with_the_commands_exit_status()
    {
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "3";
        machine.Tools.Add("broken", "exit 7");

        var result = machine.RunWithLibrary("retry 'call the broken service' broken");

        Assert.Equal(7, result.ExitCode);
        Assert.Equal(3, machine.Tools.Calls("broken").Length);
        Assert.Contains("call the broken service: failed 3 times (last exit status 7), giving up", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_delay_doubles_after_each_failure_up_to_the_cap()
    {
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "5";
        machine.Environment["BOOT_RETRY_FIRST_DELAY_SECONDS"] = "5";
        machine.Environment["BOOT_RETRY_MAX_DELAY_SECONDS"] = "12";
        machine.Tools.Add("sleep", "true");
        machine.Tools.Add("broken", "exit 1");

        _ = machine.RunWithLibrary("retry 'call the broken service' broken");

        Assert.Equal(["5", "10", "12", "12"], machine.Tools.Calls("sleep"));
    }

    [Fact]
    public void A_failing_line_in_the_middle_of_a_step_function_fails_the_step()
    {
        var result = machine.RunWithLibrary("""
            half_done() { false; touch "$BOOT_ROOT/after-the-failure"; }
            step half-done retry 'do half' half_done
            """);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(File.Exists(machine.Tools.Path("after-the-failure")));
    }

    [Fact]
    public void A_wait_ends_as_soon_as_its_check_passes()
    {
        machine.Tools.Add("ready", FailsTimes(3));

        var result = machine.RunWithLibrary("wait_until 'the service' 60 ready");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(4, machine.Tools.Calls("ready").Length);
        Assert.Contains("the service: ready after", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_that_never_succeeds_fails_after_its_timeout_with_a_clear_line()
    {
        machine.Tools.Add("ready", "exit 1");

        var result = machine.RunWithLibrary("wait_until 'the service' 1 ready");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("infra-boot: timed out after 1s waiting for the service", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_done_at_an_earlier_boot_is_skipped()
    {
        machine.Tools.Add("once", "true");
        const string Boot = "step once retry 'run once' once";

        _ = machine.RunWithLibrary(Boot);
        var second = machine.RunWithLibrary(Boot);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Single(machine.Tools.Calls("once"));
        Assert.Contains("step once: done at an earlier boot, skipped", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reboot_midway_resumes_at_the_first_unfinished_step()
    {
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "1";
        foreach (var tool in new[] { "first", "third" })
        {
            machine.Tools.Add(tool, "true");
        }

        machine.Tools.Add("second", $"[ -e '{machine.Tools.Path("second-works")}' ]");
        const string Boot = "boot_begin\nstep first retry 1 first\nstep second retry 2 second\nstep third retry 3 third\nboot_complete";

        var broken = machine.RunWithLibrary(Boot);
        File.WriteAllText(machine.Tools.Path("second-works"), "");
        var resumed = machine.RunWithLibrary(Boot);

        Assert.NotEqual(0, broken.ExitCode);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Single(machine.Tools.Calls("first"));
        Assert.Equal(2, machine.Tools.Calls("second").Length);
        Assert.Single(machine.Tools.Calls("third"));
        Assert.Contains("infra_boot_completed 1\n", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void A_final_failure_logs_to_the_journal_writes_the_metric_and_marks_the_instance_unhealthy()
    {
        machine.Tools.Add("curl", "case \"$*\" in *api/token*) echo token ;; *meta-data/instance-id*) echo i-0123456789abcdef0 ;; *) exit 22 ;; esac");
        machine.Tools.Add("aws", "true");
        machine.Tools.Add("broken", "exit 3");
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "2";

        var result = machine.RunWithLibrary("BOOT_REPORT_TO_AUTO_SCALING=true\nboot_begin\nstep join-cluster retry 'join' broken\nboot_complete");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(["autoscaling set-instance-health --instance-id i-0123456789abcdef0 --health-status Unhealthy --no-should-respect-grace-period"], machine.Tools.Calls("aws"));
        Assert.Contains("-t infra-boot -p user.err -- boot step join-cluster failed (exit status 3)", Assert.Single(machine.Tools.Calls("logger")), StringComparison.Ordinal);
        Assert.Contains("infra_boot_step_failed{step=\"join-cluster\"} 1\n", machine.Metrics, StringComparison.Ordinal);
        Assert.Contains("infra_boot_completed 0\n", machine.Metrics, StringComparison.Ordinal);
        Assert.Matches(TimestampSample(), machine.Metrics);
    }

    [Fact]
    public void A_machine_outside_an_auto_scaling_group_reports_without_touching_any_group()
    {
        machine.Tools.Add("aws", "true");
        machine.Tools.Add("broken", "exit 1");
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "1";

        var result = machine.RunWithLibrary("step start-etcd retry 'start' broken");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(machine.Tools.Calls("aws"));
        Assert.Contains("infra_boot_step_failed{step=\"start-etcd\"} 1\n", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metrics_file_is_readable_by_the_node_exporter_and_no_temporary_file_is_left()
    {
        _ = machine.RunWithLibrary("boot_begin\nboot_complete");

        Assert.Equal(["infra_boot.prom"], Directory.EnumerateFiles(Path.GetDirectoryName(machine.MetricsFile)!).Select(Path.GetFileName));
        Assert.True(File.GetUnixFileMode(machine.MetricsFile).HasFlag(UnixFileMode.OtherRead));
    }

    /// <summary>A stand-in body failing its first <paramref name="times"/> calls (it counts them in its calls log).</summary>
    private static string FailsTimes(int times) => $"[ \"$(wc -l < \"$(dirname \"$0\")/../$(basename \"$0\").calls\")\" -gt {times} ]";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("(?m)^infra_boot_timestamp_seconds [0-9]{10}$")]
    private static partial Regex TimestampSample();
}
