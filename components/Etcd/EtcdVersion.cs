namespace Infra.Etcd;

/// <summary>
/// The etcd release every member runs, from the one pin table (<see cref="Software.UpstreamPins.Etcd"/>, where the
/// download and checksums live), so all members of a cluster run the same bits and an upgrade is a reviewed change.
/// </summary>
public static class EtcdVersion
{
    /// <summary>The pinned release, as etcd's release tags spell it without the leading <c>v</c>.</summary>
    public const string Pinned = Software.UpstreamPins.EtcdVersion;
}
