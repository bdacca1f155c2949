using Infra.Etcd;
using Infra.Tests.Support;

namespace Infra.Tests.Etcd;

public class EtcdMemberConfigTests
{
    private static readonly EtcdClusterLayout Layout =
        EtcdClusterLayout.Spread(new EtcdClusterArgs { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" });

    private static EtcdMemberConfig Config(string member = "etcd-a", int nodes = 1_000) => new(Layout, member, EtcdTuning.For(nodes));

    private static HashSet<string> Fixture(string file) =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "etcd", file))
            .Where(line => !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    private static string Flag(EtcdMemberConfig config, string name) =>
        Assert.Single(config.Flags(), f => f.StartsWith($"--{name}=", StringComparison.Ordinal))[(name.Length + 3)..];

    [Fact]
    public void The_same_config_gives_the_same_flags_in_the_same_order()
    {
        Assert.Equal(Config().Flags(), Config().Flags());
    }

    [Fact]
    public void Every_flag_is_one_etcd_3_6_14_documents_and_does_not_deprecate()
    {
        var accepted = Fixture($"etcd-{EtcdVersion.Pinned}-flags.txt");

        Assert.All(Config().Flags(), flag => Assert.Contains(flag[2..flag.IndexOf('=', StringComparison.Ordinal)], accepted));
    }

    [Fact]
    public void Every_feature_gate_set_is_one_etcd_3_6_14_knows()
    {
        var known = Fixture($"etcd-{EtcdVersion.Pinned}-feature-gates.txt");

        Assert.All(Flag(Config(), "feature-gates").Split(','), gate => Assert.Contains(gate[..gate.IndexOf('=', StringComparison.Ordinal)], known));
    }

    [Fact]
    public void The_corruption_checks_are_on_by_feature_gate_with_a_four_hour_full_check()
    {
        var config = Config();

        Assert.Equal("InitialCorruptCheck=true,CompactHashCheck=true", Flag(config, "feature-gates"));
        Assert.Equal("4h", Flag(config, "corrupt-check-time"));
    }

    [Fact]
    public void Each_flag_appears_once()
    {
        var names = Config().Flags().Select(f => f[..f.IndexOf('=', StringComparison.Ordinal)]).ToList();

        Assert.Equal(names.Distinct().Count(), names.Count);
    }

    [Fact]
    public void Clients_and_peers_must_present_certificates()
    {
        var config = Config();

        Assert.Equal(("true", "true"), (Flag(config, "client-cert-auth"), Flag(config, "peer-client-cert-auth")));
    }

    [Fact]
    public void The_tls_files_are_the_configured_paths()
    {
        var config = Config() with { Tls = new EtcdTlsFiles { PeerKeyFile = "/pki/peer-a.key" } };

        Assert.Equal("/pki/peer-a.key", Flag(config, "peer-key-file"));
        Assert.Equal(new EtcdTlsFiles().CertFile, Flag(config, "cert-file"));
    }

    [Fact]
    public void The_member_advertises_its_own_urls_and_joins_the_whole_cluster()
    {
        var config = Config("etcd-c");

        Assert.Equal(Layout.Member("etcd-c").PeerUrl, Flag(config, "initial-advertise-peer-urls"));
        Assert.Equal(Layout.Member("etcd-c").ClientUrl, Flag(config, "advertise-client-urls"));
        Assert.Equal(Layout.InitialCluster, Flag(config, "initial-cluster"));
    }

    [Fact]
    public void A_member_known_by_dns_name_listens_on_all_interfaces()
    {
        Assert.Equal("https://0.0.0.0:2379", Flag(Config(), "listen-client-urls"));
    }

    [Fact]
    public void A_member_known_by_ip_listens_on_that_ip_only()
    {
        var members = Layout.Members.Select((m, i) => m with { Host = $"10.0.{i}.10" }).ToList();
        var config = new EtcdMemberConfig(new EtcdClusterLayout(Layout.Token, members, development: false), "etcd-b", EtcdTuning.For(1_000));

        Assert.Equal("https://10.0.1.10:2380", Flag(config, "listen-peer-urls"));
    }

    [Fact]
    public void Metrics_are_served_on_loopback_by_default()
    {
        Assert.Equal("http://127.0.0.1:2381", Flag(Config(), "listen-metrics-urls"));
    }

    [Fact]
    public void Metrics_over_plain_http_off_loopback_are_refused()
    {
        var config = Config() with { MetricsUrl = "http://0.0.0.0:2381" };

        var error = Assert.Throws<ArgumentException>(config.Flags);

        Assert.Contains("--listen-metrics-urls=http://0.0.0.0:2381", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tuning_reaches_the_command_line()
    {
        var config = Config(nodes: 1_000);

        Assert.Equal(
            [config.Tuning.HeartbeatIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture), config.Tuning.ElectionTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture), config.Tuning.QuotaBackendBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [Flag(config, "heartbeat-interval"), Flag(config, "election-timeout"), Flag(config, "quota-backend-bytes")]);
    }

    [Fact]
    public void A_relative_data_dir_is_refused()
    {
        var config = Config() with { DataDir = "etcd-data" };

        Assert.Throws<ArgumentException>(config.Flags);
    }

    [Fact]
    public void The_data_dir_is_named_after_the_cluster()
    {
        var events = EtcdClusterLayout.Spread(new EtcdClusterArgs { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" }.ForEvents());

        Assert.Equal("/var/lib/etcd-events", new EtcdMemberConfig(events, "etcd-events-a", EtcdTuning.For(1_000)).DataDir);
    }

    [Fact]
    public void The_systemd_unit_runs_the_pinned_release_with_the_generated_flags()
    {
        Golden.AssertMatches(EtcdSystemdUnit.Render(Config()), "etcd-member.service");
    }
}
