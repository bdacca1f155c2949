namespace Infra.Etcd;

/// <summary>
/// The etcd release every member runs, pinned so all members of a cluster run the same bits and an
/// upgrade is a reviewed change. The 3.5 line because: Kubernetes 1.34 (our kubelet/kubeadm pin)
/// supports it as external etcd; its flags are the ones <see cref="EtcdMemberConfig.Flags"/> emits
/// (3.6 renames the <c>--experimental-*</c> ones and drops the v2 store); and a cluster can only move
/// on to 3.6 from 3.5.20 or later (earlier 3.5 releases can leave member data in the v2 store that 3.6
/// no longer reads). Within 3.5 the newest patch: 3.5.33 (2026-07-23) closes the peer lease handler's
/// unbounded read, the missing TLS handshake timeout and the watch permission leak (GHSA-xg4h-6gfc-h4m8);
/// nothing older than 3.5.3 is ever acceptable (3.5.0 to 3.5.2 could lose committed writes on a crash).
/// </summary>
public static class EtcdVersion
{
    /// <summary>The pinned release, as etcd's release tags spell it without the leading <c>v</c>.</summary>
    public const string Pinned = "3.5.33";

    /// <summary>The release tag of <see cref="Pinned"/> (<c>v3.5.33</c>), as in etcd's release downloads.</summary>
    public const string ReleaseTag = "v" + Pinned;
}
