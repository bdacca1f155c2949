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
    /// UNVERIFIED: must be filled with the archive's line from the release's SHA256SUMS and checked against
    /// the archive before any deploy (it could not be fetched where this was written). Until then the value
    /// is not a hash, so <c>sha256sum --check</c> refuses it and members fail closed: etcd is never installed unchecked.
    /// </summary>
    public const string ArchiveSha256 = "FILL-IN-sha256-of-" + ArchiveFolder + ".tar.gz";

    /// <summary>The binaries installed from the archive: the server, the client and the offline tool (snapshot status and restore).</summary>
    public static IReadOnlyList<string> Binaries { get; } = ["etcd", "etcdctl", "etcdutl"];
}
