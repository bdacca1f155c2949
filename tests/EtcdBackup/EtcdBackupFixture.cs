using Infra.EtcdBackup;
using Infra.Model;

namespace Infra.Tests.EtcdBackup;

/// <summary>A program holding one backup bucket for cluster "prod", for the specifications.</summary>
internal static class EtcdBackupFixture
{
    public static IReadOnlyDictionary<string, Expr<string>> Tags { get; } = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal)
    {
        ["cluster"] = "prod",
        ["cost-center"] = "cc-42",
        ["environment"] = "prod",
        ["owner"] = "platform",
    };

    public static (InfraProgram Program, EtcdBackupBucket Backups) Build(int? retentionDays = null)
    {
        var program = new InfraProgram("infra", "etcd backup test");
        var args = new EtcdBackupBucketArgs { ClusterName = "prod", Tags = Tags };
        var backups = new EtcdBackupBucket(program.Root, "etcd-backup", retentionDays is { } days ? args with { SnapshotRetentionDays = days } : args);
        return (program, backups);
    }
}
