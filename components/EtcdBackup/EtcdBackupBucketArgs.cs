using Infra.Model;

namespace Infra.EtcdBackup;

/// <summary>Args of <see cref="EtcdBackupBucket"/>: whose snapshots it keeps and for how long.</summary>
public sealed record EtcdBackupBucketArgs
{
    /// <summary>
    /// The cluster's name: starts the bucket name (with the account id) and the key alias, so an
    /// operator restoring from nothing finds both by name.
    /// </summary>
    public required string ClusterName { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center), set on the key and the bucket.</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }

    /// <summary>
    /// Days a snapshot stays current before it expires (then it is kept another
    /// <see cref="EtcdBackupBucket.NoncurrentVersionDays"/> as a noncurrent version). 30: a month of
    /// hourly snapshots covers a mistake noticed at the next monthly review; production stacks keep 90,
    /// the longest a slow corruption has gone unnoticed in the incidents we plan for. Snapshots kept at
    /// least <see cref="EtcdBackupBucket.InfrequentAccessMinimumRetentionDays"/> move to Standard-IA after 30 days.
    /// </summary>
    public int SnapshotRetentionDays { get; init; } = 30;
}
