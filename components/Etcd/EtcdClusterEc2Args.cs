using Infra.EtcdBackup;
using Infra.Model;
using Infra.Pki;

namespace Infra.Etcd;

/// <summary>Args of <see cref="EtcdCluster"/>: the cluster's layout and where and with what its members run on EC2.</summary>
public sealed record EtcdClusterEc2Args
{
    /// <summary>The Kubernetes cluster's name: it prefixes the members' IAM roles and names their SSM paths.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The members' layout: zones, DNS domain (the name of the zone <see cref="ZoneId"/>), count and name.</summary>
    public required EtcdClusterArgs Cluster { get; init; }

    /// <summary>The planned node count, from which etcd's tuning, the members' instance type and their data volumes are derived.</summary>
    public required int ExpectedNodes { get; init; }

    /// <summary>The region, as plain text: the boot scripts' AWS CLI calls go there.</summary>
    public required string Region { get; init; }

    /// <summary>The private hosted zone named <see cref="EtcdClusterArgs.DnsDomain"/> (e.g. a <c>ClusterZone</c>'s), where members' names go.</summary>
    public required Expr<string> ZoneId { get; init; }

    /// <summary>The private subnet of each zone in <see cref="EtcdClusterArgs.Zones"/>.</summary>
    public required IReadOnlyList<EtcdPrivateSubnet> PrivateSubnets { get; init; }

    /// <summary>The etcd security group (the network's <c>EtcdSecurityGroupId</c>): clients and peers only.</summary>
    public required IReadOnlyList<Expr<string>> SecurityGroupIds { get; init; }

    /// <summary>
    /// The AMI: Ubuntu 24.04 (the boot scripts use its snap for the AWS CLI), pinned (a <c>PinnedImage</c>'s id; CP-009 requires it
    /// in prod) so it changes only when an operator rolls it with <see cref="RollingMember"/>.
    /// </summary>
    public required Expr<string> ImageId { get; init; }

    /// <summary>The PKI holding each member's certificate (its <c>EtcdMembers</c> must name every member).</summary>
    public required ClusterPki Pki { get; init; }

    /// <summary>Where members upload snapshots.</summary>
    public required EtcdBackupBucket BackupBucket { get; init; }

    /// <summary>The required tags (cluster, environment, owner, cost-center).</summary>
    public required IReadOnlyDictionary<string, Expr<string>> Tags { get; init; }

    /// <summary>
    /// The one member whose instance takes a changed <see cref="ImageId"/>, user data or its instance type in
    /// this update (<see cref="EtcdCluster.StagedInstanceProperties"/>); every other member keeps what it runs. Null: none does.
    /// </summary>
    public string? RollingMember { get; init; }

    /// <summary>How often members snapshot to the bucket.</summary>
    public EtcdBackupScheduleArgs Backup { get; init; } = new();

    /// <summary>The host number of member <c>-a</c> in its subnet (see <see cref="EtcdMemberAddress"/>); use <see cref="EtcdMemberAddress.EventsFirstHostOffset"/> for an events cluster.</summary>
    public int FirstHostOffset { get; init; } = EtcdMemberAddress.DefaultFirstHostOffset;

    /// <summary>30 GiB gp3 root: the OS, logs and the backup's local snapshot (at most the 8 GiB quota) before upload.</summary>
    public int RootVolumeSizeGiB { get; init; } = 30;
}
