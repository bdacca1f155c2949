using Infra.ControlPlane.Nodes;
using Infra.Tests.Boot;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Nodes;

/// <summary>
/// The control-plane boot run for real by bash on a scratch machine (<see cref="BootMachine"/>), with stand-ins for the
/// AWS CLI, the instance metadata service, etcd and the API (curl), kubeadm and systemctl: which node initializes,
/// which joins, what they write, and how the boot waits for etcd, retries, resumes and reports failure. The node steps
/// every machine shares are marked done, as on a node rebooting after them.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ControlPlaneBootScriptTests : IDisposable
{
    private const string PkiPath = "/infra/prod/control-plane/pki";
    private const string Token = "abcdef.0123456789abcdef";
    private const string Pin = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/k1";
    private const string InstanceId = "i-0123456789abcdef0";
    private const string Never = "1000000";

    private static readonly ControlPlaneBoot Boot = ControlPlaneNodesFixture.Build().ControlPlane.Boot;

    private readonly BootMachine machine = new("control-plane-boot-");

    public ControlPlaneBootScriptTests() => machine.MarkDone("install-aws-cli", "install-software", "prepare-node");

    public void Dispose() => machine.Dispose();

    [Fact]
    public void A_node_finding_the_api_answering_joins_with_the_fetched_token_and_pin_in_a_private_file()
    {
        var result = Run(zone: "eu-west-1b", apiAnswersAfterPolls: "0");

        Assert.True(result.ExitCode == 0, result.Error);
        var join = Assert.Single(machine.Tools.Calls("kubeadm"));
        Assert.StartsWith("join --config ", join, StringComparison.Ordinal);
        var file = machine.Tools.Path("/etc/kubeadm/join.yaml");
        Assert.Contains($"token: \"{Token}\"", File.ReadAllText(file).Replace("'", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Pin, File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void The_first_zones_node_initializes_when_no_api_answers()
    {
        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal([$"init --config {machine.Tools.Path(ControlPlaneBootScript.InitConfigPath)} --skip-token-print"], machine.Tools.Calls("kubeadm"));
        Assert.Contains(machine.Tools.Calls("systemctl"), call => call.Contains("enable --now", StringComparison.Ordinal));
        Assert.Contains("infra_boot_completed 1\n", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_zones_node_waits_for_the_api_and_then_joins()
    {
        var result = Run(zone: "eu-west-1c", apiAnswersAfterPolls: "3");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("join ", Assert.Single(machine.Tools.Calls("kubeadm")), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_zones_node_never_initializes_and_fails_clearly_when_the_api_never_answers()
    {
        machine.Environment["BOOT_WAIT_TIMEOUT_SECONDS"] = "1";

        var result = Run(zone: "eu-west-1c", apiAnswersAfterPolls: Never);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"timed out after 1s waiting for the API at {Boot.Script.ApiEndpoint}", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("kubeadm"));
        Assert.Contains("infra_boot_step_failed{step=\"wait-for-api\"} 1", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void With_etcd_late_the_node_waits_and_initializes_once_etcd_answers()
    {
        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, etcdAnswersAfterPolls: "5");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("init ", Assert.Single(machine.Tools.Calls("kubeadm")), StringComparison.Ordinal);
        Assert.True(int.Parse(File.ReadAllText(machine.Tools.Path("health-polls-at-kubeadm")), System.Globalization.CultureInfo.InvariantCulture) > 5);
        Assert.Contains("a majority of every etcd cluster to answer: ready after", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_etcd_never_answering_the_node_fails_clearly_without_kubeadm_and_is_marked_unhealthy()
    {
        machine.Environment["BOOT_WAIT_TIMEOUT_SECONDS"] = "1";

        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, etcdAnswersAfterPolls: Never);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("timed out after 1s waiting for a majority of every etcd cluster to answer", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("kubeadm"));
        Assert.Contains("infra_boot_step_failed{step=\"wait-for-etcd\"} 1", machine.Metrics, StringComparison.Ordinal);
        Assert.Contains($"autoscaling set-instance-health --instance-id {InstanceId} --health-status Unhealthy --no-should-respect-grace-period", machine.Tools.Calls("aws"));
    }

    [Fact]
    public void A_minority_of_etcd_members_down_still_lets_the_node_initialize()
    {
        var members = Boot.Script.Etcd.Endpoints;

        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, etcdDown: members.Take((members.Count - 1) / 2).ToArray());

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("init ", Assert.Single(machine.Tools.Calls("kubeadm")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_events_cluster_without_a_majority_holds_back_kubeadm_init()
    {
        machine.Environment["BOOT_WAIT_TIMEOUT_SECONDS"] = "1";
        var boot = ControlPlaneNodesFixture.Build(withEvents: true).ControlPlane.Boot;

        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, etcdDown: boot.Script.EventsEtcdServers, boot: boot);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"etcd: 0 of {boot.Script.EventsEtcdServers.Count} members healthy", result.Error, StringComparison.Ordinal);
        Assert.Empty(machine.Tools.Calls("kubeadm"));
    }

    [Fact]
    public void The_certificate_listing_failing_twice_is_retried_and_the_step_completes()
    {
        var result = Run(zone: "eu-west-1b", apiAnswersAfterPolls: "0", pkiListFailures: 2);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(3, machine.Tools.Calls("aws").Count(call => call.Contains("get-parameters-by-path", StringComparison.Ordinal)));
        Assert.Contains("read the control-plane certificates from SSM: attempt 1 of 8 failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("read the control-plane certificates from SSM: attempt 2 of 8 failed", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("attempt 3 of 8", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(machine.StateDirectory, "fetch-pki.done")));
    }

    [Fact]
    public void A_kubeadm_init_that_stopped_midway_is_reset_and_the_certificates_put_back_before_the_retry()
    {
        var result = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, kubeadm: """
            case "$1" in
              init) if [ ! -e "$BOOT_ROOT/init-failed-once" ]; then touch "$BOOT_ROOT/init-failed-once" "$BOOT_ROOT/etc/kubernetes/kubelet.conf"; exit 1; fi ;;
              reset) rm -rf "$BOOT_ROOT/etc/kubernetes/pki" "$BOOT_ROOT/etc/kubernetes/kubelet.conf" "$BOOT_ROOT/etc/kubernetes/manifests" ;;
            esac
            """);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["init", "reset", "init"], machine.Tools.Calls("kubeadm").Select(call => call.Split(' ')[0]));
        Assert.True(File.Exists(machine.Tools.Path("/etc/kubernetes/pki/ca.crt")));
        Assert.True(File.Exists(machine.Tools.Path(KmsPluginPod.ManifestPath)));
    }

    [Fact]
    public void A_reboot_after_a_failed_init_skips_the_steps_done_and_finishes_the_rest()
    {
        machine.Environment["BOOT_RETRY_ATTEMPTS"] = "2";
        var failed = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never, kubeadm: "exit 1");

        var resumed = Run(zone: "eu-west-1a", apiAnswersAfterPolls: Never);

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("infra_boot_step_failed{step=\"init-or-join\"} 1", File.ReadAllText(machine.Tools.Path("metrics-after-first-boot")), StringComparison.Ordinal);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Single(machine.Tools.Calls("aws"), call => call.Contains("get-parameters-by-path", StringComparison.Ordinal));
        Assert.Contains("step wait-for-etcd: done at an earlier boot, skipped", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(3, machine.Tools.Calls("kubeadm").Length);
        Assert.Contains("infra_boot_completed 1\n", machine.Metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_land_under_the_pki_directory_with_keys_readable_by_root_only()
    {
        _ = Run(zone: "eu-west-1b", apiAnswersAfterPolls: "0");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(machine.Tools.Path("/etc/kubernetes/pki/etcd/ca.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(machine.Tools.Path("/etc/kubernetes/pki/ca.crt")));
        Assert.Equal($"value of {PkiPath}/ca.crt\n", File.ReadAllText(machine.Tools.Path("/etc/kubernetes/pki/ca.crt")));
    }

    [Fact]
    public void The_kms_plugin_manifest_names_the_secrets_key()
    {
        _ = Run(zone: "eu-west-1b", apiAnswersAfterPolls: "0");

        var manifest = File.ReadAllText(machine.Tools.Path(KmsPluginPod.ManifestPath));
        Assert.Contains($"--key={KeyArn}", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(KmsPluginPod.KeyArnPlaceholder, manifest, StringComparison.Ordinal);
    }

    /// <param name="zone">The zone the metadata service reports.</param>
    /// <param name="apiAnswersAfterPolls">How many /readyz probes fail before the API answers.</param>
    /// <param name="etcdAnswersAfterPolls">How many etcd /health probes fail before every member answers.</param>
    /// <param name="etcdDown">Members that never answer.</param>
    /// <param name="pkiListFailures">How many times listing the certificates fails before it works.</param>
    /// <param name="kubeadm">The stand-in kubeadm's body.</param>
    /// <param name="boot">The user data's model (the fixture's by default).</param>
    private InstalledTool.Result Run(
        string zone, string apiAnswersAfterPolls, string etcdAnswersAfterPolls = "0", IReadOnlyList<string>? etcdDown = null, int pkiListFailures = 0, string kubeadm = "true", ControlPlaneBoot? boot = null)
    {
        boot ??= Boot;
        var script = boot.Script;
        foreach (var (path, content) in new[] { (ControlPlaneBootScript.JoinTemplatePath, boot.JoinTemplate), (ControlPlaneBootScript.KmsPluginTemplatePath, boot.KmsPlugin.ToYaml()), (ControlPlaneBootScript.InitConfigPath, boot.InitTemplate) })
        {
            machine.Write(path, content);
        }

        machine.Write("etcd-down", string.Concat((etcdDown ?? []).Select(url => url + "\n")));
        var polls = machine.Tools.Path("readyz-polls");
        var healthPolls = machine.Tools.Path("health-polls");
        machine.Tools.Add("curl", $$"""
            url=${*: -1}
            case "$*" in
              *api/token*) echo imds-token ;;
              *availability-zone*) echo {{zone}} ;;
              *instance-id*) echo {{InstanceId}} ;;
              */health)
                n=$(( $(cat '{{healthPolls}}' 2>/dev/null || echo 0) + 1 )); echo "$n" > '{{healthPolls}}'
                if [ "$n" -le {{etcdAnswersAfterPolls}} ] || grep -qxF -- "${url%/health}" '{{machine.Tools.Path("etcd-down")}}'; then exit 7; fi
                echo '{"health":"true","reason":""}' ;;
              *readyz*) n=$(( $(cat '{{polls}}' 2>/dev/null || echo 0) + 1 )); echo "$n" > '{{polls}}'; [ "$n" -gt {{apiAnswersAfterPolls}} ] ;;
              *) exit 22 ;;
            esac
            """);
        var listings = machine.Tools.Path("pki-listings");
        machine.Tools.Add("aws", $$"""
            case "$*" in
              *get-parameters-by-path*)
                n=$(( $(cat '{{listings}}' 2>/dev/null || echo 0) + 1 )); echo "$n" > '{{listings}}'
                [ "$n" -gt {{pkiListFailures}} ] || { echo 'An error occurred (ThrottlingException)' >&2; exit 254; }
                printf '%s\t%s\t%s\n' {{PkiPath}}/ca.crt {{PkiPath}}/ca.key {{PkiPath}}/etcd/ca.key ;;
              *"--name {{script.TokenParameter}} "*) echo {{Token}} ;;
              *"--name {{script.CaCertHashParameter}} "*) echo {{Pin}} ;;
              *"--name {{script.KeyArnParameter}} "*) echo {{KeyArn}} ;;
              *get-parameter*) args="$*"; name=${args#*--name }; echo "value of ${name%% *}" ;;
            esac
            """);
        machine.Tools.Add("kubeadm", $"cat '{healthPolls}' > '{machine.Tools.Path("health-polls-at-kubeadm")}' 2>/dev/null || true\n{kubeadm}");
        machine.Tools.Add("systemctl", "true");

        var result = machine.Run(script.Text);
        if (!File.Exists(machine.Tools.Path("metrics-after-first-boot")))
        {
            File.WriteAllText(machine.Tools.Path("metrics-after-first-boot"), machine.Metrics);
        }

        return result;
    }
}
