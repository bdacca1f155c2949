namespace Infra.Etcd;

/// <summary>
/// The etcd release every member runs, from the one pin table (<see cref="Software.UpstreamPins.Etcd"/>, where the
/// download and checksums live), so all members of a cluster run the same bits and an upgrade is a reviewed change.
/// The 3.6 line because it is the one kubeadm of our Kubernetes 1.36 expects:
/// kubeadm's <c>SupportedEtcdVersion</c> (cmd/kubeadm/app/constants/constants.go) maps 1.34, 1.35 and 1.36 to
/// 3.6 builds only (3.6.11 since kubernetes/kubernetes PR #138746, 2026-05-04, whose release note reads "updated
/// the supported etcd version to v3.6.11 for supported control plane versions v1.34, v1.35, and v1.36"), and
/// kubespray (commit 46dbdd3, roles/kubespray_defaults/vars/main/main.yml) sets <c>etcd_supported_versions['1.36']</c>
/// to the newest 3.6 in its checksum table, which is 3.6.14. Within 3.6 the newest patch: 3.6.14 (tag v3.6.14,
/// commit fc04cf7, 2026-07-23). 3.6 renames the <c>--experimental-*</c> flags (feature gates or plain names) and
/// drops the v2 store and <c>etcdctl snapshot status/restore</c> (now <c>etcdutl</c>'s); <see cref="EtcdMemberConfig.Flags"/>
/// emits the 3.6 names. A cluster still on 3.5 reaches 3.6 in place only from 3.5.20 or later (earlier 3.5
/// releases could leave membership stale in the v3 store, which 3.6 reads alone).
/// </summary>
public static class EtcdVersion
{
    /// <summary>The pinned release, as etcd's release tags spell it without the leading <c>v</c>.</summary>
    public const string Pinned = Software.UpstreamPins.EtcdVersion;
}
