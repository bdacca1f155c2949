namespace Infra.Etcd;

/// <summary>
/// What an etcd member's instance stands for, for policies its EC2 args cannot answer: which cluster and
/// member it runs, in which zone, every URL on its command line, and how often it backs up.
/// </summary>
/// <param name="Cluster">The etcd cluster's name (<c>etcd</c>, <c>etcd-events</c>).</param>
/// <param name="Member">The member's stable name.</param>
/// <param name="Zone">The availability zone it runs in.</param>
/// <param name="Urls">Every URL flag of the member's command line, by flag name (without dashes).</param>
/// <param name="Development">Whether the cluster was laid out as a development cluster (three members allowed).</param>
/// <param name="BackupCalendar">The backup timer's systemd calendar expression; null when the member has no backup timer.</param>
public sealed record EtcdMemberAnnotation(
    string Cluster,
    string Member,
    string Zone,
    IReadOnlyDictionary<string, string> Urls,
    bool Development,
    string? BackupCalendar);
