using System.Globalization;
using System.Net;

namespace Infra.Etcd;

/// <summary>
/// Everything one member runs with: its identity in the layout, data directory, URLs, TLS files
/// and tuning. <see cref="Flags"/> is the command line, in a fixed order, validated first.
/// </summary>
public sealed record EtcdMemberConfig
{
    /// <summary>
    /// TLS 1.3 only: every client (kube-apiserver, etcdctl, backup agents) is Go and speaks it, and
    /// with 1.3 there is no cipher-suite list to maintain.
    /// </summary>
    public const string TlsMinVersion = "TLS1.3";

    public EtcdMemberConfig(EtcdClusterLayout layout, string memberName, EtcdTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(tuning);
        Layout = layout;
        Member = layout.Member(memberName);
        Tuning = tuning;
        DataDir = $"/var/lib/{layout.Token}";
        MetricsUrl = EtcdUrl.LoopbackHttp(Member.Ports.Metrics);
    }

    public EtcdClusterLayout Layout { get; }

    public EtcdMember Member { get; }

    public EtcdTuning Tuning { get; init; }

    /// <summary>
    /// <c>/var/lib/&lt;cluster name&gt;</c> (<c>/var/lib/etcd</c>, <c>/var/lib/etcd-events</c>): the mount
    /// point of the member's dedicated SSD volume, so etcd's fsyncs never queue behind other I/O.
    /// </summary>
    public string DataDir { get; init; }

    public EtcdTlsFiles Tls { get; init; } = new();

    /// <summary>
    /// Plain http on loopback by default: a node-local agent scrapes <c>/metrics</c> and probes
    /// <c>/health</c> without a client certificate, and nothing off the host can reach it. An https URL
    /// also works (etcd then serves it with the client TLS files and requires a client certificate).
    /// </summary>
    public string MetricsUrl { get; init; }

    /// <summary>
    /// Where the member accepts clients: its own address when that is an IP; all interfaces when the
    /// member is known by DNS name, because etcd can only bind IPs (the security group limits who connects).
    /// </summary>
    public string ListenClientUrl => EtcdUrl.Https(BindAddress, Member.Ports.Client);

    /// <summary>Where the member accepts peers; bound like <see cref="ListenClientUrl"/>.</summary>
    public string ListenPeerUrl => EtcdUrl.Https(BindAddress, Member.Ports.Peer);

    private string BindAddress => IPAddress.TryParse(Member.Host, out _) ? Member.Host : "0.0.0.0";

    /// <summary>
    /// The member's command line, one <c>--flag=value</c> per entry, always in the same order:
    /// identity, cluster, URLs, client TLS, peer TLS, timing, size, maintenance, integrity, keepalive. Every flag
    /// is one etcd 3.6.14 documents and does not deprecate (no <c>--experimental-*</c> flag, no v2 store flag).
    /// Throws <see cref="ArgumentException"/> for an http URL, a relative data directory or timings etcd refuses.
    /// </summary>
    public IReadOnlyList<string> Flags()
    {
        Tuning.Validate();
        if (!DataDir.StartsWith('/'))
        {
            throw new ArgumentException($"etcd data dir '{DataDir}' is relative: give the absolute mount point of the member's SSD volume (e.g. /var/lib/etcd).", nameof(DataDir));
        }

        var urls = new (string Flag, string Url, bool LoopbackHttpAllowed)[]
        {
            ("initial-advertise-peer-urls", Member.PeerUrl, false),
            ("listen-peer-urls", ListenPeerUrl, false),
            ("advertise-client-urls", Member.ClientUrl, false),
            ("listen-client-urls", ListenClientUrl, false),
            ("listen-metrics-urls", MetricsUrl, true),
        };
        foreach (var (flag, url, loopbackHttpAllowed) in urls)
        {
            EtcdUrl.Require(flag, url, loopbackHttpAllowed);
        }

        foreach (var peer in Layout.Members)
        {
            EtcdUrl.Require("initial-cluster", peer.PeerUrl);
        }

        var flags = new List<(string Name, string Value)>
        {
            ("name", Member.Name),
            ("data-dir", DataDir),
            ("initial-cluster", Layout.InitialCluster),
            ("initial-cluster-state", "new"),
            ("initial-cluster-token", Layout.Token),
        };
        flags.AddRange(urls.Select(u => (u.Flag, u.Url)));
        flags.AddRange(
        [
            ("cert-file", Tls.CertFile),
            ("key-file", Tls.KeyFile),
            ("trusted-ca-file", Tls.TrustedCaFile),
            ("client-cert-auth", "true"),
            ("peer-cert-file", Tls.PeerCertFile),
            ("peer-key-file", Tls.PeerKeyFile),
            ("peer-trusted-ca-file", Tls.PeerTrustedCaFile),
            ("peer-client-cert-auth", "true"),
            ("tls-min-version", TlsMinVersion),
            ("heartbeat-interval", Number(Tuning.HeartbeatIntervalMs)),
            ("election-timeout", Number(Tuning.ElectionTimeoutMs)),
            // Pre-vote: a member cut off from the others cannot force an election (and a leader change) when it returns.
            ("pre-vote", "true"),
            ("snapshot-count", Number(Tuning.SnapshotCount)),
            ("quota-backend-bytes", Number(Tuning.QuotaBackendBytes)),
            ("max-request-bytes", Number(Tuning.MaxRequestBytes)),
            ("auto-compaction-mode", Tuning.AutoCompactionMode),
            ("auto-compaction-retention", Tuning.AutoCompactionRetention),
            // 3.6 turns the corruption checks on by feature gate; its --experimental-initial-corrupt-check and
            // --experimental-compact-hash-check-enabled are deprecated (server/etcdmain/config.go, deprecatedFlags, v3.6.14).
            ("feature-gates", $"InitialCorruptCheck={Bool(Tuning.InitialCorruptCheck)},CompactHashCheck={Bool(Tuning.CompactHashCheck)}"),
            ("corrupt-check-time", Tuning.CorruptCheckTime),
            ("watch-progress-notify-interval", Tuning.WatchProgressNotifyInterval),
            ("grpc-keepalive-min-time", Tuning.GrpcKeepaliveMinTime),
            ("grpc-keepalive-interval", Tuning.GrpcKeepaliveInterval),
            ("grpc-keepalive-timeout", Tuning.GrpcKeepaliveTimeout),
        ]);
        return flags.Select(f => $"--{f.Name}={f.Value}").ToList();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
