namespace Infra.Etcd;

/// <summary>
/// Where members download <see cref="EtcdVersion.Pinned"/>: etcd's official linux-amd64 release archive
/// from the project's GitHub releases, checked against <see cref="ArchiveSha256"/> before anything is unpacked.
/// </summary>
public static class EtcdRelease
{
    /// <summary>The archive's top folder, also its file name without <c>.tar.gz</c>.</summary>
    public const string ArchiveFolder = "etcd-" + EtcdVersion.ReleaseTag + "-linux-amd64";

    public const string ArchiveUrl = "https://github.com/etcd-io/etcd/releases/download/" + EtcdVersion.ReleaseTag + "/" + ArchiveFolder + ".tar.gz";

    /// <summary>
    /// The linux-amd64 archive's SHA-256, from kubespray's pin table (commit 46dbdd3,
    /// roles/kubespray_defaults/vars/main/checksums.yml, <c>etcd_binary_checksums.amd64["3.6.14"]</c>).
    /// <c>sha256sum --check</c> at boot refuses any other bytes, so a wrong value fails closed (etcd is not
    /// installed) rather than open. When changing <see cref="EtcdVersion.Pinned"/>, take the new line from the same table.
    /// </summary>
    public const string ArchiveSha256 = "ffe840ff9295808e88cce2794a18a5ac87f12a5203c8314d0bf6aa119b41bac5";

    /// <summary>The binaries installed from the archive: the server, the client and the offline tool (snapshot status and restore).</summary>
    public static IReadOnlyList<string> Binaries { get; } = ["etcd", "etcdctl", "etcdutl"];
}
