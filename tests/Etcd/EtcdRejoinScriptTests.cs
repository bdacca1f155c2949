using Infra.Etcd;

namespace Infra.Tests.Etcd;

/// <summary>
/// The rendered rejoin step run for real against five etcd members on loopback: a member whose data is wiped
/// comes back into its cluster with every acknowledged key, and the first boot of a new cluster founds it.
/// The script's state file and etcdctl are pointed at the test's; etcd then starts with its unit's flags and that file.
/// </summary>
[Trait("Category", "RealEtcd")]
public sealed class EtcdRejoinScriptTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryWithin = LoopbackEtcdCluster.RetryWithin;

    /// <summary>Three unanswered tries with 5 s between them take ~20 s; three times that on a busy machine.</summary>
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    private readonly LoopbackEtcdCluster _cluster = new();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public void A_member_whose_data_is_wiped_rejoins_its_cluster_and_holds_every_acknowledged_key()
    {
        _cluster.StartAll();
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        var acknowledged = new List<string>();
        _cluster.WriteProofKeys(_cluster.Names, "all-up", acknowledged);

        _cluster.Stop("etcd-a");
        Directory.Delete(_cluster.Configs["etcd-a"].DataDir, recursive: true);
        _cluster.WriteProofKeys(_cluster.Names.Where(n => n != "etcd-a"), "one-lost", acknowledged);

        var state = RunRejoin("etcd-a");
        Assert.Equal(EtcdRejoinScript.ExistingCluster, state);
        _cluster.StartWithFlags("etcd-a", UnitFlags("etcd-a", state));
        _cluster.WaitHealthy(_cluster.Names, StartTimeout);

        var members = _cluster.EtcdctlUntilSuccess(_cluster.ClientUrl("etcd-b"), RetryWithin, "member", "list", "--write-out=simple");
        Assert.Equal(_cluster.Names.Order(StringComparer.Ordinal), Names(members).Order(StringComparer.Ordinal));
        foreach (var name in _cluster.Names)
        {
            Assert.Equal(acknowledged.Order(StringComparer.Ordinal), _cluster.ProofKeys(name));
        }
    }

    [Fact]
    public void The_first_boot_of_a_new_cluster_founds_it_instead_of_rejoining()
    {
        // All five at once, as their instances boot together.
        var states = _cluster.Names.AsParallel().WithDegreeOfParallelism(5).Select(name => (name, state: RunRejoin(name))).ToList();

        Assert.All(states, s => Assert.Equal(EtcdRejoinScript.NewCluster, s.state));
        foreach (var (name, state) in states)
        {
            _cluster.StartWithFlags(name, UnitFlags(name, state));
        }

        _cluster.WaitHealthy(_cluster.Names, StartTimeout);
        var members = _cluster.EtcdctlUntilSuccess(_cluster.ClientUrl("etcd-a"), RetryWithin, "member", "list", "--write-out=simple");
        Assert.Equal(_cluster.Names.Order(StringComparer.Ordinal), Names(members).Order(StringComparer.Ordinal));
    }

    /// <summary>Runs the member's rendered rejoin script and returns the cluster state it wrote for the unit.</summary>
    private string RunRejoin(string name)
    {
        var stateFile = Path.Combine(_cluster.Root, $"{name}-state.env");
        var run = _cluster.RunScript(
            EtcdRejoinScript.Render(_cluster.Configs[name]),
            new Dictionary<string, string> { ["INITIAL_CLUSTER_STATE_FILE"] = stateFile, ["ETCDCTL"] = EtcdBinaries.Etcdctl },
            ScriptTimeout);
        Assert.True(run.Succeeded, $"the rejoin script of {name} failed: {run}\n{_cluster.Log}");
        var line = Assert.Single(File.ReadAllLines(stateFile));
        Assert.StartsWith($"{EtcdRejoinScript.StateVariable}=", line, StringComparison.Ordinal);
        return line[(EtcdRejoinScript.StateVariable.Length + 1)..];
    }

    /// <summary>The unit's command line with its state variable set as systemd sets it from the state file.</summary>
    private List<string> UnitFlags(string name, string state) =>
        EtcdSystemdUnit.ExecStartFlags(_cluster.Configs[name])
            .Select(flag => flag.Replace("${" + EtcdRejoinScript.StateVariable + "}", state, StringComparison.Ordinal))
            .ToList();

    /// <summary>The names of the started members in <c>member list --write-out=simple</c> (an unstarted member has none).</summary>
    private static IEnumerable<string> Names(EtcdctlResult members)
    {
        Assert.True(members.Succeeded, $"member list failed: {members}");
        return members.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(", "))
            .Select(columns => { Assert.Equal("started", columns[1]); return columns[2]; });
    }
}
