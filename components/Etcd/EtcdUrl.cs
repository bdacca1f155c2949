namespace Infra.Etcd;

/// <summary>
/// The URLs etcd listens on and advertises. Rule: etcd never speaks plain <c>http://</c>. Its client
/// port carries every Secret of the cluster and its peer port the Raft log, so both are TLS with
/// client certificates; the one exception is the metrics listener bound to loopback, which carries no
/// data and which only processes on the member's own host can reach.
/// </summary>
public static class EtcdUrl
{
    /// <summary>The loopback address a plain-http metrics listener may bind to.</summary>
    public const string Loopback = "127.0.0.1";

    /// <summary><c>https://host:port</c>.</summary>
    public static string Https(string host, int port) => $"https://{host}:{port}";

    /// <summary><c>http://127.0.0.1:port</c>: only for the metrics listener (see <see cref="Require"/>).</summary>
    public static string LoopbackHttp(int port) => $"http://{Loopback}:{port}";

    /// <summary>
    /// Refuses <paramref name="url"/> for <paramref name="flag"/> unless it is https, or, where
    /// <paramref name="loopbackHttpAllowed"/>, plain http on loopback.
    /// </summary>
    public static void Require(string flag, string url, bool loopbackHttpAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Allows(url, loopbackHttpAllowed))
        {
            return;
        }

        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var fix = loopbackHttpAllowed
            ? $"use https://{rest} (served with the client TLS files), or bind plain http to {Loopback} only"
            : $"use https://{rest} with the member's TLS files";
        throw new ArgumentException($"--{flag}={url}: etcd never serves plain http:// (it carries every Secret of the cluster); {fix}.", nameof(url));
    }

    /// <summary>
    /// Whether <paramref name="url"/> follows the rule: https, or, where <paramref name="loopbackHttpAllowed"/>,
    /// plain http on loopback. Policies check the URLs of a declared member with it.
    /// </summary>
    public static bool Allows(string url, bool loopbackHttpAllowed = false)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith("https://", StringComparison.Ordinal) || (loopbackHttpAllowed && IsLoopbackHttp(url));
    }

    private static bool IsLoopbackHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.Host is Loopback or "localhost";
}
