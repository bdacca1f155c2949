using System.Text.RegularExpressions;
using Infra.Aws.Kms;
using Infra.ControlPlane.Nodes;
using Infra.Etcd;
using Infra.EtcdBackup;
using Infra.Tests.Aws;
using Infra.Tests.Etcd;
using Infra.Tests.Support;

namespace Infra.Tests.EtcdBackup;

/// <summary>
/// RESTORE.md names only what exists: the bucket, key and prefixes the components give, the restore script and every
/// file, folder and unit a member's boot writes, and the figures the script runs with.
/// </summary>
public partial class RestoreRunbookTests
{
    private static readonly string Runbook = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "components", "EtcdBackup", "RESTORE.md"));

    private static readonly EtcdMemberBoot Member = EtcdClusterFixture.Build().Etcd.Members[0].Boot;

    private static readonly string MemberCloudConfig = Member.ToCloudConfig();

    /// <summary>The control-plane files of steps 1 and 6: kubeadm's, checked by <see cref="The_runbook_stops_the_API_servers_where_kubeadm_keeps_their_manifest"/>.</summary>
    private static readonly string[] ControlPlaneFiles = ["/etc/kubernetes/manifests/kube-apiserver.yaml", "/etc/kubernetes/kube-apiserver.yaml.restore"];

    [Fact]
    public void The_runbook_finds_bucket_key_and_snapshots_by_the_names_the_component_gives_them()
    {
        var (program, backups) = EtcdBackupFixture.Build();
        string AsPlaceholders(string text) => text.Replace("prod", "<cluster>", StringComparison.Ordinal).Replace("<variable aws-account-id>", "<account>", StringComparison.Ordinal);

        Assert.Contains(AsPlaceholders(ExprText.Of(backups.Bucket.Args.BucketPrefix!.Value)), Runbook, StringComparison.Ordinal);
        Assert.Contains(AsPlaceholders(ExprText.Of(Assert.Single(program.ResourcesOf<KeyAlias>()).Args.Name)), Runbook, StringComparison.Ordinal);
        Assert.Contains($"{EtcdBackupBucket.SnapshotPrefix}<cluster>/<etcd cluster>/", Runbook, StringComparison.Ordinal);
        Assert.Contains($"{EtcdBackupBucket.SnapshotPrefix}${{ETCD_BACKUP_CLUSTER}}/", EtcdBackupScript.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_the_runbook_runs_checks_and_restores_snapshots_with_etcdutl_as_etcd_3_6_requires()
    {
        var script = EtcdRestoreScript.Render(Member.Config);

        Assert.Contains("etcdutl snapshot status ", script, StringComparison.Ordinal);
        Assert.Contains("etcdutl snapshot restore ", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"etcdctl\s+snapshot\s+(status|restore)", script);
        Assert.DoesNotMatch(@"etcdctl\s+snapshot\s+(status|restore)", Runbook);
    }

    [Fact]
    public void Every_script_the_runbook_names_is_one_a_member_installs()
    {
        foreach (var path in new[] { EtcdRestoreScript.InstallPath, EtcdRejoinScript.InstallPath })
        {
            Assert.Contains($"`{Path.GetFileName(path)}", Runbook, StringComparison.Ordinal);
            Assert.Contains($"- path: {path}\n", MemberCloudConfig, StringComparison.Ordinal);
        }

        Assert.Contains($"`{Path.GetDirectoryName(EtcdRestoreScript.InstallPath)}`", Runbook, StringComparison.Ordinal);
        Assert.All(CodeLines().Where(line => line.StartsWith("infra-", StringComparison.Ordinal)), line =>
            Assert.StartsWith(Path.GetFileName(EtcdRestoreScript.InstallPath) + " ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_member_file_the_runbook_names_is_one_a_member_writes_or_fetches()
    {
        var files = MemberFile().Matches(Runbook).Select(m => m.Value.TrimEnd('.')).Except(ControlPlaneFiles).Distinct().ToList();

        Assert.Contains(EtcdBackupScript.EnvironmentPath, files);
        Assert.Contains(Member.Config.Tls.CertFile, files);
        Assert.All(files, file => Assert.Contains(file, MemberCloudConfig, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_unit_the_runbook_names_is_one_a_member_writes()
    {
        var units = Unit().Matches(Runbook).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains($"{EtcdBackupSchedule.UnitName}.service", units);
        Assert.All(units, unit => Assert.Contains(
            $"- path: /etc/systemd/system/{(unit.Contains('.', StringComparison.Ordinal) ? unit : unit + ".service")}\n",
            MemberCloudConfig,
            StringComparison.Ordinal));
        Assert.Contains($"`{EtcdSystemdUnit.UnitName}`", Runbook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runbook_stops_the_API_servers_where_kubeadm_keeps_their_manifest()
    {
        Assert.Contains($"mv {KmsPluginPod.ManifestDirectory}/kube-apiserver.yaml ", Runbook, StringComparison.Ordinal);
        Assert.Contains($"/kube-apiserver.yaml.restore {KmsPluginPod.ManifestDirectory}/kube-apiserver.yaml\n", Runbook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runbooks_folders_ports_and_waits_are_the_members()
    {
        Assert.Equal("/var/lib/etcd", Member.Config.DataDir);
        Assert.Contains($"/var/lib/<etcd cluster>/{EtcdRestoreScript.WorkFolder}", Runbook, StringComparison.Ordinal);
        Assert.Contains($"`<data dir>/{EtcdRestoreScript.WorkFolder}/before-<token>-<time>/`", Runbook, StringComparison.Ordinal);
        Assert.Contains($"ETCDCTL_ENDPOINTS=https://127.0.0.1:{EtcdPorts.Main.Client} ", Runbook, StringComparison.Ordinal);
        Assert.Contains($"serve clients on {EtcdPorts.Events.Client} instead of {EtcdPorts.Main.Client}", Runbook, StringComparison.Ordinal);
        Assert.Contains($"not healthy after {EtcdRestoreScript.HealthWaitSeconds} s", Runbook, StringComparison.Ordinal);
        Assert.Contains($"not healthy after {EtcdRestoreScript.HealthWaitSeconds} s", EtcdRestoreScript.Render(Member.Config), StringComparison.Ordinal);
        Assert.Contains($"within {EtcdRestoreScript.HealthWaitSeconds / 60} minutes", Runbook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_readme_links_the_runbook_and_names_the_script_under_operations()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        var operations = readme[readme.IndexOf("## Operations", StringComparison.Ordinal)..].Split("\n## ")[0];

        Assert.Contains("(components/EtcdBackup/RESTORE.md)", operations, StringComparison.Ordinal);
        Assert.Contains($"`{Path.GetFileName(EtcdRestoreScript.InstallPath)}`", operations, StringComparison.Ordinal);
    }

    /// <summary>The lines of the runbook's bash blocks, trimmed.</summary>
    private static IEnumerable<string> CodeLines() =>
        Runbook.Split("```bash\n").Skip(1).SelectMany(block => block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n')).Select(line => line.Trim());

    [GeneratedRegex(@"/etc/[A-Za-z0-9_./-]+")]
    private static partial Regex MemberFile();

    [GeneratedRegex(@"(?:systemctl \w+|journalctl -u) ([A-Za-z0-9_.-]+)")]
    private static partial Regex Unit();
}
