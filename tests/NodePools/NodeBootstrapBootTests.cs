using Infra.ClusterJoin;
using Infra.NodePools;
using Infra.Tests.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.NodePools;

/// <summary>
/// A worker's boot run for real by bash on a scratch machine (<see cref="BootMachine"/>): it waits for the API, then
/// joins through the join script (a stand-in here: <see cref="Infra.Tests.ClusterJoin.WorkerJoinScriptTests"/> runs the
/// real one), retrying a failed join after resetting what it left. The node steps every machine shares are marked done.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class NodeBootstrapBootTests : IDisposable
{
    private const string InstanceId = "i-0fedcba9876543210";

    private static readonly NodeBootstrap Bootstrap = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster())).Pool.Bootstrap;

    private readonly BootMachine machine = new("worker-boot-");

    public NodeBootstrapBootTests() => machine.MarkDone("install-aws-cli", "install-software", "prepare-node");

    public void Dispose() => machine.Dispose();

    [Fact]
    public void With_the_api_late_the_worker_waits_and_joins_once_it_answers()
    {
        var result = Run(apiAnswersAfterPolls: "4");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([WorkerJoin.SettingsPath], machine.Tools.Calls("kubeadm-join-node").Select(call => call[machine.Tools.Directory.Length..]));
        Assert.Equal("5", File.ReadAllText(machine.Tools.Path("readyz-polls-at-join")).Trim());
        Assert.Contains($"https://{Bootstrap.Join.ApiEndpoint}/readyz", machine.Tools.Calls("curl")[0], StringComparison.Ordinal);
        Assert.Contains("infra_boot_completed 1\n", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_api_never_answering_the_worker_fails_clearly_and_is_marked_unhealthy()
    {
        machine.Environment["BOOT_WAIT_TIMEOUT_SECONDS"] = "1";

        var result = Run(apiAnswersAfterPolls: "1000000");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"timed out after 1s waiting for the API at {Bootstrap.Join.ApiEndpoint} to answer /readyz", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("kubeadm-join-node"));
        Assert.Contains("infra_boot_step_failed{step=\"wait-for-api\"} 1", machine.Metrics, StringComparison.Ordinal);
        Assert.Equal([$"autoscaling set-instance-health --instance-id {InstanceId} --health-status Unhealthy --no-should-respect-grace-period"], machine.Tools.Calls("aws"));
    }

    [Fact]
    public void A_join_that_stopped_midway_is_reset_before_it_is_tried_again()
    {
        var result = Run(apiAnswersAfterPolls: "0", join: """
            if [ ! -e "$BOOT_ROOT/joined-once" ]; then touch "$BOOT_ROOT/joined-once" "$BOOT_ROOT/etc/kubernetes/kubelet.conf"; exit 1; fi
            """);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(2, machine.Tools.Calls("kubeadm-join-node").Length);
        Assert.Equal(["reset --force"], machine.Tools.Calls("kubeadm"));
        Assert.Contains("kubeadm join: attempt 1 of 8 failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joined_worker_rebooting_runs_no_step_again()
    {
        _ = Run(apiAnswersAfterPolls: "0");

        var reboot = Run(apiAnswersAfterPolls: "0");

        Assert.True(reboot.ExitCode == 0, reboot.Error);
        Assert.Single(machine.Tools.Calls("kubeadm-join-node"));
        Assert.Single(machine.Tools.Calls("curl"));
    }

    private InstalledTool.Result Run(string apiAnswersAfterPolls, string join = "true")
    {
        var polls = machine.Tools.Path("readyz-polls");
        machine.Tools.Add("curl", $$"""
            case "$*" in
              *api/token*) echo imds-token ;;
              *instance-id*) echo {{InstanceId}} ;;
              *readyz*) n=$(( $(cat '{{polls}}' 2>/dev/null || echo 0) + 1 )); echo "$n" > '{{polls}}'; [ "$n" -gt {{apiAnswersAfterPolls}} ] ;;
              *) exit 22 ;;
            esac
            """);
        machine.Tools.Add("aws", "true");
        machine.Tools.Add("kubeadm", "rm -f \"$BOOT_ROOT/etc/kubernetes/kubelet.conf\"");
        machine.Write("etc/kubernetes/.keep", "");
        // The join script stands in at its path under the scratch root, recording its argument like the tools do.
        machine.Write(WorkerJoinScript.InstallPath, $"""
            #!/usr/bin/env bash
            echo "$*" >> '{machine.Tools.Path("kubeadm-join-node.calls")}'
            cat '{polls}' > '{machine.Tools.Path("readyz-polls-at-join")}'
            {join}
            """, executable: true);
        return machine.Run(Bootstrap.Sequence.Script);
    }
}
