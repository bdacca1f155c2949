using Infra.Aws.Kms;
using Infra.EtcdBackup;
using Infra.Tests.Aws;
using Infra.Tests.Support;

namespace Infra.Tests.EtcdBackup;

public class RestoreRunbookTests
{
    private static readonly string Runbook = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "components", "EtcdBackup", "RESTORE.md"));

    [Fact]
    public void The_runbook_finds_bucket_key_and_snapshots_by_the_names_the_component_gives_them()
    {
        var (program, backups) = EtcdBackupFixture.Build();
        string AsPlaceholders(string text) => text.Replace("prod", "<cluster>", StringComparison.Ordinal).Replace("<variable aws-account-id>", "<account>", StringComparison.Ordinal);

        Assert.Contains(AsPlaceholders(ExprText.Of(backups.Bucket.Args.BucketPrefix!.Value)), Runbook, StringComparison.Ordinal);
        Assert.Contains(AsPlaceholders(ExprText.Of(Assert.Single(program.ResourcesOf<KeyAlias>()).Args.Name)), Runbook, StringComparison.Ordinal);
        Assert.Contains($"{EtcdBackupBucket.SnapshotPrefix}<cluster>/", Runbook, StringComparison.Ordinal);
        Assert.Contains($"{EtcdBackupBucket.SnapshotPrefix}${{ETCD_BACKUP_CLUSTER}}/", EtcdBackupScript.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runbook_checks_and_restores_snapshots_with_etcdutl_as_etcd_3_6_requires()
    {
        Assert.Contains("etcdutl snapshot restore ", Runbook, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"etcdctl\s+snapshot\s+(status|restore)", Runbook);
    }

    [Fact]
    public void The_root_readme_links_the_runbook_under_operations()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        var operations = readme[readme.IndexOf("## Operations", StringComparison.Ordinal)..];

        Assert.Contains("(components/EtcdBackup/RESTORE.md)", operations.Split("\n## ")[0], StringComparison.Ordinal);
    }
}
