namespace Infra.Etcd;

/// <summary>
/// The etcd release every member runs, pinned so all members of a cluster run the same bits and an
/// upgrade is a reviewed change. The 3.5 line because: Kubernetes 1.34 (our kubelet/kubeadm pin)
/// supports it as external etcd (kubeadm's minimum for external etcd is a 3.5 patch, 3.5.24 in recent
/// kubeadm releases, which 3.5.33 meets); its flags are the ones <see cref="EtcdMemberConfig.Flags"/> emits
/// (3.6 renames the <c>--experimental-*</c> ones and drops the v2 store); and 3.6 reads cluster membership
/// from the v3 store alone, which 3.5 releases before 3.5.20 could leave stale (learner promotions not
/// persisted; zombie members fixed in 3.5.26), so the way to 3.6 leads through a recent 3.5 patch.
/// Within 3.5 the newest patch: 3.5.33 (2026-07-23) bounds the peer lease handler's reads, adds a TLS
/// handshake timeout and closes a watch permission leak (GHSA-xg4h-6gfc-h4m8). Never older than 3.5.3:
/// 3.5.0 to 3.5.2 could leave a committed write unapplied on a member that crashed.
/// </summary>
public static class EtcdVersion
{
    /// <summary>The pinned release, as etcd's release tags spell it without the leading <c>v</c>.</summary>
    public const string Pinned = "3.5.33";

    /// <summary>The release tag of <see cref="Pinned"/> (<c>v3.5.33</c>), as in etcd's release downloads.</summary>
    public const string ReleaseTag = "v" + Pinned;
}
