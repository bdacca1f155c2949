using Infra.Aws.Iam;
using Infra.Aws.Kms;
using Infra.Aws.S3;
using Infra.EtcdBackup;
using Infra.Model;
using Infra.Policies.Rules;
using Infra.Tests.Aws;
using Infra.Tests.Policies.Rules;

namespace Infra.Tests.EtcdBackup;

public class EtcdBackupBucketTests
{
    [Fact]
    public void The_bucket_and_its_key_are_protected_from_deletion()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        Assert.True(backups.Bucket.Options.Protect);
        Assert.True(backups.Key.Options.Protect);
    }

    [Fact]
    public void The_key_rotates_and_waits_the_longest_window_before_deletion()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        Assert.Equal((true, 30), (backups.Key.Args.EnableKeyRotation, backups.Key.Args.DeletionWindowInDays));
    }

    [Fact]
    public void The_bucket_name_starts_with_the_cluster_and_the_account_id()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        Assert.Equal("prod-etcd-<variable aws-account-id>-", ExprText.Of(backups.Bucket.Args.BucketPrefix!.Value));
        Assert.Null(backups.Bucket.Args.Bucket);
        Assert.False(backups.Bucket.Args.ForceDestroy);
    }

    [Fact]
    public void The_bucket_passes_the_bucket_policy_rule()
    {
        var (program, _) = EtcdBackupFixture.Build();

        Assert.Empty(RuleFixture.Violations(new BucketsEncryptedAndVersioned(), program));
    }

    [Fact]
    public void Objects_are_encrypted_with_the_backup_key_and_a_bucket_key()
    {
        var (program, backups) = EtcdBackupFixture.Build();

        var rule = Assert.Single(Assert.Single(program.ResourcesOf<BucketServerSideEncryptionConfiguration>()).Args.Rules);

        Assert.True(rule.BucketKeyEnabled);
        Assert.Equal(backups.Key, Assert.IsType<OutputReference>(rule.ApplyServerSideEncryptionByDefault!.KmsMasterKeyId!.Value.Node).Resource);
    }

    [Fact]
    public void The_bucket_policy_denies_every_request_over_plain_http()
    {
        var (program, _) = EtcdBackupFixture.Build();

        var statement = Assert.Single(PolicyOf(program).Statement);

        Assert.Equal((PolicyEffect.Deny, "false"), (statement.Effect, ExprText.Of(statement.Condition!["Bool"]["aws:SecureTransport"][0])));
        Assert.Equal(["s3:*"], statement.Action);
        Assert.Equal(["<bucket.arn>", "<bucket.arn>/*"], statement.Resource!.Select(ExprText.Of).Select(Unscoped));
    }

    [Fact]
    public void Members_may_only_put_snapshots_under_their_cluster_prefix()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        var s3 = backups.MemberPermissions.SelectMany(s => s.Action).Where(a => a.StartsWith("s3:", StringComparison.Ordinal));
        var put = Assert.Single(backups.MemberPermissions, s => s.Action.Contains("s3:PutObject"));

        Assert.Equal(["s3:PutObject"], s3);
        Assert.Equal("<bucket.arn>/snapshots/prod/*", Unscoped(ExprText.Of(Assert.Single(put.Resource!))));
    }

    [Fact]
    public void Members_may_use_the_key_for_uploads_but_not_manage_it()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        var kms = Assert.Single(backups.MemberPermissions, s => s.Action.Any(a => a.StartsWith("kms:", StringComparison.Ordinal)));

        Assert.Equal(["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"], kms.Action);
        Assert.Equal(backups.Key, Assert.IsType<OutputReference>(Assert.Single(kms.Resource!).Node).Resource);
    }

    [Fact]
    public void Snapshots_expire_after_the_retention_and_noncurrent_versions_a_month_later()
    {
        var (program, _) = EtcdBackupFixture.Build(retentionDays: 14);

        var rule = Assert.Single(Assert.Single(program.ResourcesOf<BucketLifecycleConfiguration>()).Args.Rules);

        Assert.Equal(EtcdBackupBucket.SnapshotPrefix, rule.Filter?.Prefix);
        Assert.Equal(14, rule.Expiration?.Days);
        Assert.Equal(30, rule.NoncurrentVersionExpiration?.NoncurrentDays);
        Assert.Equal(1, rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation);
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(59, null)]
    [InlineData(60, "STANDARD_IA")]
    [InlineData(90, "STANDARD_IA")]
    public void Snapshots_move_to_infrequent_access_only_when_kept_long_enough_to_pay_for_it(int retentionDays, string? storageClass)
    {
        var (program, _) = EtcdBackupFixture.Build(retentionDays);

        var rule = Assert.Single(Assert.Single(program.ResourcesOf<BucketLifecycleConfiguration>()).Args.Rules);

        Assert.Equal(storageClass, rule.Transitions?.Single().StorageClass);
    }

    [Fact]
    public void The_key_has_an_alias_named_after_the_cluster()
    {
        var (program, _) = EtcdBackupFixture.Build();

        Assert.Equal("alias/prod-etcd-backups", ExprText.Of(Assert.Single(program.ResourcesOf<KeyAlias>()).Args.Name));
    }

    [Fact]
    public void A_member_environment_names_bucket_key_cluster_member_and_region()
    {
        var (_, backups) = EtcdBackupFixture.Build();

        var lines = Unscoped(ExprText.Of(backups.MemberEnvironment("etcd", "etcd-1"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            ["ETCD_BACKUP_BUCKET=<bucket.bucket>", "ETCD_BACKUP_KMS_KEY_ARN=<key.arn>", "ETCD_BACKUP_CLUSTER=prod", "ETCD_BACKUP_ETCD_CLUSTER=etcd", "ETCD_BACKUP_MEMBER=etcd-1", "AWS_DEFAULT_REGION=<variable aws-region>"],
            lines);
    }

    [Fact]
    public void A_cluster_name_that_cannot_start_the_bucket_name_is_refused_with_the_fix()
    {
        const string clusterName = "Prod";
        var program = new InfraProgram("infra", "etcd backup test");

        var error = Assert.Throws<ArgumentException>(() =>
            new EtcdBackupBucket(program.Root, "etcd-backup", new EtcdBackupBucketArgs { ClusterName = clusterName, Tags = EtcdBackupFixture.Tags }));

        Assert.Contains($"'{clusterName}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retention_of_no_days_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdBackupFixture.Build(retentionDays: 0));

        Assert.Contains("set SnapshotRetentionDays to 1 or more", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod", "prod")]
    [InlineData("a-forty-character-cluster-name-for-tests", "a-forty-character")]
    public void A_long_cluster_name_is_cut_to_the_room_the_bucket_prefix_has(string clusterName, string prefixName)
    {
        Assert.Equal(prefixName, EtcdBackupBucket.PrefixName(clusterName));
        Assert.True($"{prefixName}-etcd-111122223333-".Length <= 37);
    }

    /// <summary>Logical names in references carry the component path (<c>etcd-backup-bucket</c>); the specifications read them without it.</summary>
    private static string Unscoped(string text) => text.Replace("<etcd-backup-", "<", StringComparison.Ordinal);

    private static PolicyDocument PolicyOf(InfraProgram program)
    {
        var call = Assert.IsType<FunctionCall>(Assert.Single(program.ResourcesOf<BucketPolicy>()).Args.Policy.Node);
        return Assert.IsType<PolicyDocument>(call.Argument);
    }
}
