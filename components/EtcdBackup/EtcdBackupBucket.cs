using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Aws.Kms;
using Infra.Aws.S3;
using Infra.Model;
using Infra.NodeIam;

namespace Infra.EtcdBackup;

/// <summary>
/// Where etcd snapshots live: a versioned S3 bucket encrypted with its own KMS key (rotated yearly),
/// closed to the public and to plain HTTP, whose lifecycle rules expire old snapshots. The bucket and
/// the key are protected: backups must outlive the mistakes they exist to undo, including a
/// <c>pulumi destroy</c>. Members get <see cref="MemberPermissions"/>: they may write snapshots and
/// nothing else, so a compromised member cannot delete the history (versioning and the lifecycle
/// rules decide retention).
/// </summary>
public sealed class EtcdBackupBucket : Component
{
    /// <summary>
    /// Where snapshots go: <c>snapshots/&lt;cluster&gt;/&lt;etcd cluster&gt;/&lt;member&gt;/&lt;UTC time&gt;.db</c>. The etcd
    /// cluster (<c>etcd</c>, <c>etcd-events</c>) has its own prefix, so a restore never picks an events snapshot for the main cluster.
    /// </summary>
    public const string SnapshotPrefix = "snapshots/";

    /// <summary>Noncurrent versions (expired or overwritten snapshots) stay 30 days: time to undo a wrong expiry or overwrite.</summary>
    public const int NoncurrentVersionDays = 30;

    /// <summary>Days after which snapshots move to Standard-IA; 30 is the least S3 allows.</summary>
    public const int InfrequentAccessAfterDays = 30;

    /// <summary>
    /// Standard-IA bills at least 30 days per object, so moving a snapshot pays only when it stays
    /// there that long: retention of at least 30 + 30 days.
    /// </summary>
    public const int InfrequentAccessMinimumRetentionDays = InfrequentAccessAfterDays + 30;

    /// <summary>Unfinished multipart uploads (a member that died mid-upload) are cleaned after a day; an upload takes minutes.</summary>
    public const int AbortIncompleteUploadAfterDays = 1;

    /// <summary>A deleted key waits the longest AWS allows (30 days): deleting it makes every snapshot unreadable.</summary>
    public const int KeyDeletionWindowDays = 30;

    /// <summary>S3 bucket name prefixes hold at most 37 characters.</summary>
    private const int MaxBucketPrefixLength = 37;

    /// <summary>"-etcd-" + a 12-digit account id + "-" follow the cluster name in the bucket prefix.</summary>
    private const int BucketPrefixOverhead = 6 + 12 + 1;

    public EtcdBackupBucket(Scope parent, string id, EtcdBackupBucketArgs args)
        : base(parent, id)
    {
        ArgumentNullException.ThrowIfNull(args);
        Validate(args);
        ClusterName = args.ClusterName;
        var account = AwsAccount.Of(Scope);
        Region = account.Region;
        var kept = new ResourceOptions { Protect = true };

        Key = new Key(Scope, "key", new KeyArgs
        {
            Description = $"Encrypts etcd snapshots of cluster {args.ClusterName}",
            EnableKeyRotation = true,
            DeletionWindowInDays = KeyDeletionWindowDays,
            Tags = args.Tags,
        }, kept);
        _ = new KeyAlias(Scope, "key-alias", new KeyAliasArgs { Name = $"alias/{args.ClusterName}-etcd-backups", TargetKeyId = Key.KeyId });

        Bucket = new Bucket(Scope, "bucket", new BucketArgs
        {
            // Bucket names are global: the account id keeps two accounts' "prod" clusters apart, the provider's suffix the rest.
            BucketPrefix = Fn.Interpolate($"{PrefixName(args.ClusterName)}-etcd-{account.AccountId}-"),
            Tags = args.Tags,
        }, kept);
        Expr<string> name = Bucket.BucketName;
        var versioning = new BucketVersioning(Scope, "versioning", new BucketVersioningArgs
        {
            Bucket = name,
            VersioningConfiguration = new BucketVersioningConfiguration { Status = BucketVersioningConfiguration.Enabled },
        });
        _ = new BucketServerSideEncryptionConfiguration(Scope, "encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = name,
            Rules =
            [
                new BucketServerSideEncryptionRule
                {
                    ApplyServerSideEncryptionByDefault = new BucketServerSideEncryptionByDefault
                    {
                        SseAlgorithm = BucketServerSideEncryptionByDefault.AwsKms,
                        KmsMasterKeyId = Key.Arn,
                    },
                    BucketKeyEnabled = true,
                },
            ],
        });
        var publicAccessBlock = new BucketPublicAccessBlock(Scope, "public-access-block", new BucketPublicAccessBlockArgs
        {
            Bucket = name,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        });
        // S3 refuses concurrent changes to a bucket's access settings ("conflicting conditional operation"): one after the other.
        _ = new BucketPolicy(
            Scope, "policy", new BucketPolicyArgs { Bucket = name, Policy = TlsOnlyPolicy().ToJson() }, new ResourceOptions { DependsOn = [publicAccessBlock] });
        _ = new BucketLifecycleConfiguration(Scope, "lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = name,
            Rules = [SnapshotLifecycle(args.SnapshotRetentionDays)],
        }, new ResourceOptions { DependsOn = [versioning] }); // Noncurrent-version rules apply once the bucket is versioned.
    }

    public string ClusterName { get; }

    public Key Key { get; }

    public Bucket Bucket { get; }

    /// <summary>What an etcd member calls on the key through S3: a data key per upload, and decrypting it to assemble a multipart upload.</summary>
    public static IReadOnlyList<string> MemberKeyActions { get; } = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"];

    /// <summary>
    /// Declares the key's policy once the members' roles exist (they are made after the bucket): the members
    /// named here encrypt snapshots, through S3 only. Decrypting through S3 stays the account's to grant by IAM,
    /// to the break-glass role a restore runs with (RESTORE.md): no role of the cluster is that role.
    /// </summary>
    public KeyPolicy NameKeyUsers(IReadOnlyList<Expr<string>> memberRoleArns)
    {
        ArgumentNullException.ThrowIfNull(memberRoleArns);
        var account = AwsAccount.Of(Scope);
        var viaS3 = Fn.Interpolate($"s3.{Region}.amazonaws.com");
        return new KeyPolicy(Scope, "key-policy", new KeyPolicyArgs
        {
            KeyId = Key.KeyId,
            Policy = KeyPolicyDocument.For(account,
            [
                new KeyUser("EtcdMembersEncryptSnapshots", memberRoleArns, MemberKeyActions, viaS3),
                new KeyUser("BreakGlassRestoresSnapshots", [KeyPolicyDocument.AccountRoot(account)], ["kms:Decrypt"], viaS3),
            ]).ToJson(),
        });
    }

    public Output<string> BucketName => Bucket.BucketName;

    public Output<string> BucketArn => Bucket.Arn;

    public Output<string> KeyArn => Key.Arn;

    /// <summary>The region of the bucket's provider: members' AWS CLI calls go there.</summary>
    public Expr<string> Region { get; }

    /// <summary>
    /// What an etcd member's role needs to upload snapshots: <c>s3:PutObject</c> under this cluster's
    /// snapshot prefix and the key's data-key actions. No delete, no list, no read. <c>kms:Decrypt</c> is
    /// there because S3 decrypts the upload's data key to assemble a multipart upload (every snapshot
    /// larger than the AWS CLI's 8 MiB part size).
    /// </summary>
    public IReadOnlyList<PolicyStatement> MemberPermissions =>
    [
        new PolicyStatement
        {
            Sid = "WriteEtcdSnapshots",
            Action = ["s3:PutObject"],
            Resource = [Fn.Interpolate($"{Bucket.Arn}/{SnapshotPrefix}{ClusterName}/*")],
        },
        new PolicyStatement
        {
            Sid = "EncryptEtcdSnapshots",
            Action = MemberKeyActions,
            Resource = [Key.Arn],
        },
    ];

    /// <summary>
    /// The member's <c>/etc/etcd/backup.env</c>, read by <see cref="EtcdBackupSchedule"/>'s service:
    /// where snapshots go, with which key, and under which names.
    /// </summary>
    public Expr<string> MemberEnvironment(string etcdCluster, string memberName)
    {
        if (!ClusterNameRule.IsValid(etcdCluster))
        {
            throw new ArgumentException($"etcd cluster name '{etcdCluster}' cannot name a snapshot path: {ClusterNameRule.Requirement}", nameof(etcdCluster));
        }

        if (!ClusterNameRule.IsValid(memberName))
        {
            throw new ArgumentException($"etcd member name '{memberName}' cannot name a snapshot path: {ClusterNameRule.Requirement}", nameof(memberName));
        }

        return Fn.Interpolate(
            $"ETCD_BACKUP_BUCKET={Bucket.BucketName}\nETCD_BACKUP_KMS_KEY_ARN={Key.Arn}\nETCD_BACKUP_CLUSTER={ClusterName}\nETCD_BACKUP_ETCD_CLUSTER={etcdCluster}\nETCD_BACKUP_MEMBER={memberName}\nAWS_DEFAULT_REGION={Region}\n");
    }

    /// <summary>Refuses any request over plain HTTP, whoever makes it.</summary>
    private PolicyDocument TlsOnlyPolicy() => new()
    {
        Statement =
        [
            new PolicyStatement
            {
                Sid = "DenyInsecureTransport",
                Effect = PolicyEffect.Deny,
                Principal = new PolicyPrincipal { Aws = ["*"] },
                Action = ["s3:*"],
                Resource = [Bucket.Arn, Fn.Interpolate($"{Bucket.Arn}/*")],
                Condition = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>
                {
                    ["Bool"] = new Dictionary<string, IReadOnlyList<Expr<string>>> { ["aws:SecureTransport"] = ["false"] },
                },
            },
        ],
    };

    private static BucketLifecycleRule SnapshotLifecycle(int retentionDays) => new()
    {
        Id = "expire-etcd-snapshots",
        Status = BucketLifecycleRule.Enabled,
        Filter = new BucketLifecycleRuleFilter { Prefix = SnapshotPrefix },
        Transitions = retentionDays >= InfrequentAccessMinimumRetentionDays
            ? [new BucketLifecycleRuleTransition { Days = InfrequentAccessAfterDays, StorageClass = "STANDARD_IA" }]
            : null,
        Expiration = new BucketLifecycleRuleExpiration { Days = retentionDays },
        NoncurrentVersionExpiration = new BucketLifecycleRuleNoncurrentVersionExpiration { NoncurrentDays = NoncurrentVersionDays },
        AbortIncompleteMultipartUpload = new BucketLifecycleRuleAbortIncompleteMultipartUpload { DaysAfterInitiation = AbortIncompleteUploadAfterDays },
    };

    /// <summary>
    /// The cluster name as far as the prefix has room (18 characters): the prefix only helps people find the bucket;
    /// Pulumi's random suffix makes the name unique and the cluster tag names the owner, so a cut name is harmless.
    /// </summary>
    public static string PrefixName(string clusterName)
    {
        ArgumentNullException.ThrowIfNull(clusterName);
        var room = MaxBucketPrefixLength - BucketPrefixOverhead;
        return clusterName.Length <= room ? clusterName : clusterName[..room].TrimEnd('-');
    }

    private static void Validate(EtcdBackupBucketArgs args)
    {
        if (!ClusterNameRule.IsValid(args.ClusterName))
        {
            throw new ArgumentException($"cluster name '{args.ClusterName}' cannot start an S3 bucket name: {ClusterNameRule.Requirement}", nameof(args));
        }

        if (args.SnapshotRetentionDays < 1)
        {
            throw new ArgumentException(
                $"snapshot retention of {args.SnapshotRetentionDays} days keeps nothing: set SnapshotRetentionDays to 1 or more (30 is the default, 90 for production)",
                nameof(args));
        }
    }
}
