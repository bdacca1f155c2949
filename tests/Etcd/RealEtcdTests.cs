namespace Infra.Tests.Etcd;

/// <summary>
/// The generated member configuration run for real: five etcd members on loopback with TLS
/// everywhere and the ~1,000-node tuning (heartbeat 500 ms, election 2,500 ms).
/// </summary>
[Trait("Category", "RealEtcd")]
public sealed class RealEtcdTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryWithin = LoopbackEtcdCluster.RetryWithin;

    private readonly LoopbackEtcdCluster _cluster = new();

    [Fact]
    public void Five_members_keep_writing_with_two_down_stop_with_three_down_and_lose_nothing()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        var acknowledged = new List<string>();
        _cluster.WriteProofKeys(_cluster.Names, "all-up", acknowledged);

        _cluster.Stop("etcd-a");
        _cluster.Stop("etcd-b");
        string[] survivors = ["etcd-c", "etcd-d", "etcd-e"];
        _cluster.WriteProofKeys(survivors, "two-down", acknowledged);

        _cluster.Stop("etcd-c");
        var withoutQuorum = _cluster.Etcdctl(Endpoints(["etcd-d", "etcd-e"]), "put", "/proof/three-down", "lost");
        Assert.False(withoutQuorum.Succeeded, $"a write succeeded with 3 of 5 members down: {withoutQuorum}");
        Assert.Matches("deadline exceeded|timed out|no leader", withoutQuorum.Stderr);

        foreach (var name in (string[])["etcd-a", "etcd-b", "etcd-c"])
        {
            _cluster.Start(name);
        }

        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        foreach (var name in _cluster.Names)
        {
            Assert.Equal(acknowledged.Order(StringComparer.Ordinal), Keys(name));
        }
    }

    [Fact]
    public void A_snapshot_of_one_member_restores_every_key_into_a_fresh_member()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        var acknowledged = new List<string>();
        _cluster.WriteProofKeys(_cluster.Names, "before-snapshot", acknowledged);
        var snapshot = Path.Combine(_cluster.Root, "snapshot.db");
        var saved = _cluster.EtcdctlUntilSuccess(_cluster.ClientUrl("etcd-c"), RetryWithin, "snapshot", "save", snapshot);
        Assert.True(saved.Succeeded, $"snapshot save failed: {saved}");
        _cluster.StopAll();

        var member = _cluster.Layout.Member("etcd-a");
        var restoredDir = Path.Combine(_cluster.Root, "restored");
        var restored = _cluster.Etcdutl(
            "snapshot", "restore", snapshot, $"--data-dir={restoredDir}", $"--name={member.Name}",
            $"--initial-cluster={member.Name}={member.PeerUrl}", $"--initial-advertise-peer-urls={member.PeerUrl}", $"--initial-cluster-token={_cluster.Layout.Token}");
        Assert.True(restored.Succeeded, $"snapshot restore failed: {restored}");
        _cluster.Start(member.Name, _cluster.Configs[member.Name] with { DataDir = restoredDir });
        _cluster.WaitHealthy([member.Name], StartTimeout);

        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), Keys(member.Name));
    }

    [Fact]
    public void Members_run_with_the_thousand_node_timing()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        var tuning = _cluster.Configs["etcd-a"].Tuning;

        Assert.All(_cluster.Names, name =>
        {
            Assert.Matches($@"\[{name}\] .*heartbeat = {tuning.HeartbeatIntervalMs}ms", _cluster.Log);
            Assert.Matches($@"\[{name}\] .*election = {tuning.ElectionTimeoutMs}ms", _cluster.Log);
        });
    }

    [Fact]
    public void Members_run_the_periodic_corruption_check_translated_for_etcd_3_4()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);

        Assert.All(_cluster.Names, name => Assert.Matches($@"\[{name}\] .*enabled corruption checking with 4h0m0s interval", _cluster.Log));
    }

    [Fact]
    public async Task Health_answers_on_the_loopback_metrics_listener_without_a_client_certificate()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        foreach (var config in _cluster.Configs.Values)
        {
            var health = await http.GetStringAsync(new Uri($"{config.MetricsUrl}/health"));

            Assert.Contains("\"health\":\"true\"", health, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _cluster.Dispose();

    private string Endpoints(IEnumerable<string> names) => string.Join(',', names.Select(_cluster.ClientUrl));

    /// <summary>
    /// The /proof/ keys <paramref name="name"/> holds, read linearizably through that member (so it has
    /// applied them), leaving out the write attempted without quorum: never acknowledged, it may or may not
    /// have been committed once the quorum returned.
    /// </summary>
    private List<string> Keys(string name)
    {
        return [.. _cluster.ProofKeys(name).Where(k => k != "/proof/three-down")];
    }
}
