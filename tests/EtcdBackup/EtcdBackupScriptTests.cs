using Infra.EtcdBackup;
using Infra.Tests.Support;

namespace Infra.Tests.EtcdBackup;

/// <summary>
/// The script run for real by bash, against stand-ins for etcdctl, etcdutl and the AWS CLI that
/// record how they were called. Unix only, like the members that run it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EtcdBackupScriptTests : IDisposable
{
    private const string MemberId = "1234";

    private readonly StandInTools tools = new("etcd-backup-");

    public void Dispose() => tools.Dispose();

    private string directory => tools.Directory;

    [Fact]
    public void Bash_parses_the_script()
    {
        var result = InstalledTool.Run("bash", ["-n"], EtcdBackupScript.Text);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Shellcheck_finds_nothing_to_warn_about()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], EtcdBackupScript.Text);

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    public void The_leader_uploads_a_verified_snapshot_encrypted_with_the_backup_key()
    {
        var result = RunScript(leaderId: MemberId);

        Assert.True(result.ExitCode == 0, result.Error);
        var upload = Assert.Single(tools.Calls("aws"));
        Assert.Matches(
            @"^s3 cp \S+/snapshot\.\w+ s3://prod-etcd-backups/snapshots/prod/etcd/etcd-1/\d{8}T\d{6}Z\.db --sse aws:kms --sse-kms-key-id arn:aws:kms:eu-west-1:111122223333:key/k1 --only-show-errors$",
            upload);
        Assert.Single(tools.Calls("etcdutl"), call => call.StartsWith("snapshot status ", StringComparison.Ordinal));
    }

    [Fact]
    public void Etcdctl_is_asked_only_for_what_etcd_3_6_keeps_in_it()
    {
        _ = RunScript(leaderId: MemberId);

        Assert.DoesNotContain(tools.Calls("etcdctl"), call => call.StartsWith("snapshot status", StringComparison.Ordinal) || call.StartsWith("snapshot restore", StringComparison.Ordinal));
        Assert.Single(tools.Calls("etcdctl"), call => call.StartsWith("snapshot save ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_follower_takes_no_snapshot_and_succeeds()
    {
        var result = RunScript(leaderId: "5678");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("not the leader", result.Out, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("aws"));
        Assert.DoesNotContain(tools.Calls("etcdctl"), call => call.StartsWith("snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snapshot_that_does_not_verify_is_not_uploaded_and_the_run_fails()
    {
        var result = RunScript(leaderId: MemberId, statusFails: true);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(tools.Calls("aws"));
    }

    [Fact]
    public void A_missing_setting_fails_before_touching_etcd()
    {
        var result = RunScript(leaderId: MemberId, without: "ETCD_BACKUP_BUCKET");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("ETCD_BACKUP_BUCKET", result.Error, StringComparison.Ordinal);
        Assert.Empty(tools.Calls("etcdctl"));
    }

    [Fact]
    public void The_snapshot_file_is_removed_after_the_upload()
    {
        _ = RunScript(leaderId: MemberId);

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(directory, "state")));
    }

    private InstalledTool.Result RunScript(string leaderId, bool statusFails = false, string? without = null)
    {
        Directory.CreateDirectory(Path.Combine(directory, "state"));
        var fields = $"\"ClusterID\" : 99\n\"MemberID\" : {MemberId}\n\"Revision\" : 7\n\"RaftTerm\" : 2\n\"Leader\" : {leaderId}\n\"Endpoint\" : \"https://127.0.0.1:2379\"\n";
        tools.Add("etcdctl", $"""
            if [ "$1 $2" = "endpoint status" ]; then printf '%s' '{fields}'; fi
            if [ "$1 $2" = "snapshot save" ]; then echo snapshot > "$3"; fi
            """);
        tools.Add("etcdutl", statusFails ? "exit 1" : "echo ok");
        tools.Add("aws", "true");

        var environment = new Dictionary<string, string>
        {
            ["PATH"] = tools.SearchPath,
            ["STATE_DIRECTORY"] = Path.Combine(directory, "state"),
            ["ETCD_BACKUP_BUCKET"] = "prod-etcd-backups",
            ["ETCD_BACKUP_KMS_KEY_ARN"] = "arn:aws:kms:eu-west-1:111122223333:key/k1",
            ["ETCD_BACKUP_CLUSTER"] = "prod",
            ["ETCD_BACKUP_ETCD_CLUSTER"] = "etcd",
            ["ETCD_BACKUP_MEMBER"] = "etcd-1",
        };
        if (without is not null)
        {
            environment[without] = string.Empty;
        }

        var script = Path.Combine(directory, "etcd-backup");
        File.WriteAllText(script, EtcdBackupScript.Text);
        return InstalledTool.Run("bash", [script], environment: environment);
    }
}
