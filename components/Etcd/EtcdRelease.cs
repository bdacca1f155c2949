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
    /// The archive's SHA-256, as the release's SHA256SUMS lists it. Not downloaded where this was written
    /// (no route to the release host): taken from two independent public projects that pin and verify the same
    /// archive. <c>sha256sum --check</c> at boot refuses any other bytes, so a wrong value fails closed (etcd is
    /// not installed) rather than open. When changing <see cref="EtcdVersion.Pinned"/>, take the new line from SHA256SUMS.
    /// </summary>
    public const string ArchiveSha256 = "5025b5b24d81a9616b6e284ccd439b9a3df055ef8fdcdc142af3ec8f6a3b3c95";

    /// <summary>The binaries installed from the archive: the server, the client and the offline tool (snapshot status and restore).</summary>
    public static IReadOnlyList<string> Binaries { get; } = ["etcd", "etcdctl", "etcdutl"];
}
