using Infra.Etcd;
using Infra.EtcdBackup;
using Infra.Tests.Support;

namespace Infra.Tests.Etcd;

/// <summary>
/// The rendered restore script run by bash. The proof runs it for real: five etcd members on loopback, a snapshot taken
/// by the rendered backup script, every member's data wiped or damaged, the script run on all five with that one
/// snapshot. Its stand-ins are only what a member has and this machine has not: an <c>aws</c> that copies to and from
/// a local folder (the bucket), a <c>systemctl</c> that starts the unit's command line, a <c>mountpoint</c> for the
/// volume, and etcd 3.4's etcdctl as etcdutl (<see cref="DebianEtcd34.EtcdutlShim"/>). The other specifications use
/// recording stand-ins for etcd too.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EtcdRestoreScriptTests : IDisposable
{
    private const string Bucket = "prod-etcd-backups";

    private const string Cluster = "prod";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Five restores in parallel on a shared machine: each waits for a quorum of the others.</summary>
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromSeconds(180);

    private static readonly EtcdClusterArgs Main = new() { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" };

    private readonly StandInTools _scratch = new("etcd-restore-");

    private readonly List<StandInTools> _members = [];

    /// <summary>The machine of each loopback member (its backup ran there, its restore runs there).</summary>
    private readonly Dictionary<string, StandInTools> _machineOf = [];

    private LoopbackEtcdCluster? _loopback;

    private string Buckets => _scratch.Path("buckets");

    public void Dispose()
    {
        foreach (var pidFile in _members.Select(m => m.Path("etcd.pid")).Where(File.Exists))
        {
            StopProcess(int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        }

        _loopback?.Dispose();
        _members.ForEach(m => m.Dispose());
        _scratch.Dispose();
    }

    [Fact]
    public void Shellcheck_finds_nothing_to_warn_about()
    {
        var result = InstalledTool.Run("shellcheck", ["--shell=bash", "--severity=style", "-"], EtcdRestoreScript.Render(MemberOf(Main, "etcd-a")));

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    [Fact]
    [Trait("Category", "RealEtcd")]
    public void Five_members_restored_from_the_backup_scripts_snapshot_form_one_new_cluster_holding_every_acknowledged_key()
    {
        var cluster = _loopback = new LoopbackEtcdCluster();
        cluster.StartAll();
        cluster.WaitHealthy(cluster.Names, StartTimeout);
        var acknowledged = new List<string>();
        cluster.WriteProofKeys(cluster.Names, "before-snapshot", acknowledged);
        var lostClusterId = Assert.Single(ClusterIds(cluster));
        var key = Assert.Single(cluster.Names.Select(name => Backup(cluster, name)).OfType<string>());
        cluster.StopAll();
        foreach (var (name, i) in cluster.Names.Select((name, i) => (name, i)))
        {
            var member = Path.Combine(cluster.Configs[name].DataDir, "member");
            if (i % 2 == 0)
            {
                Directory.Delete(member, recursive: true);
            }
            else
            {
                File.WriteAllText(Path.Combine(member, "snap", "db"), "damaged");
            }
        }

        var runs = cluster.Names.AsParallel().WithDegreeOfParallelism(5).Select(name => (name, run: Restore(cluster, name, key))).ToList();

        Assert.All(runs, r => Assert.True(r.run.Succeeded, $"the restore of {r.name} failed: {r.run}\n{EtcdLogs()}"));
        cluster.WaitHealthy(cluster.Names, StartTimeout);
        var clusterId = Assert.Single(ClusterIds(cluster));
        Assert.NotEqual(lostClusterId, clusterId);
        foreach (var name in cluster.Names)
        {
            Assert.Equal(acknowledged.Order(StringComparer.Ordinal), cluster.ProofKeys(name));
        }
    }

    [Fact]
    public void Main_and_events_snapshots_sit_under_their_own_prefixes_and_each_restore_reads_only_its_own()
    {
        var main = MemberOf(Main, "etcd-a");
        var events = MemberOf(Main.ForEvents(), "etcd-events-a");
        var mainKey = FakeBackup(main);
        var eventsKey = FakeBackup(events);

        var wrong = FakeRestore(events, mainKey);
        var right = FakeRestore(events, eventsKey);

        Assert.StartsWith($"{EtcdBackupBucket.SnapshotPrefix}{Cluster}/etcd/", mainKey, StringComparison.Ordinal);
        Assert.StartsWith($"{EtcdBackupBucket.SnapshotPrefix}{Cluster}/etcd-events/", eventsKey, StringComparison.Ordinal);
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains($"nor a key under {EtcdBackupBucket.SnapshotPrefix}{Cluster}/etcd-events/", wrong.Error, StringComparison.Ordinal);
        Assert.True(right.ExitCode == 0, right.Output);
        Assert.Equal([$"s3 cp s3://{Bucket}/{eventsKey}"], _members.Last().Calls("aws").Select(call => string.Join(' ', call.Split(' ').Take(3))));
    }

    [Fact]
    public void A_missing_snapshot_is_refused_with_where_to_look_and_etcd_keeps_running()
    {
        var member = MemberOf(Main, "etcd-a");

        var result = FakeRestore(member, $"{EtcdBackupBucket.SnapshotPrefix}{Cluster}/etcd/etcd-c/20260101T000000Z.db");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"check the key with aws s3 ls s3://{Bucket}/{EtcdBackupBucket.SnapshotPrefix}{Cluster}/etcd/ --recursive", result.Error, StringComparison.Ordinal);
        Assert.Empty(_members.Last().Calls("systemctl"));
    }

    [Fact]
    public void A_corrupt_snapshot_is_refused_by_etcdutl_and_etcd_keeps_running()
    {
        var member = MemberOf(Main, "etcd-a");
        var corrupt = _scratch.Path("corrupt.db");
        File.WriteAllText(corrupt, "not a snapshot");

        var result = FakeRestore(member, corrupt, realEtcdutl: true);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"{corrupt} is not a readable etcd snapshot: restore the one taken before it", result.Error, StringComparison.Ordinal);
        Assert.Empty(_members.Last().Calls("systemctl"));
    }

    [Fact]
    public void Settings_of_another_member_are_refused_before_anything_is_read()
    {
        var member = MemberOf(Main, "etcd-a");

        var result = FakeRestore(member, FakeBackup(member), settingsMember: "etcd-f");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is for member etcd-f of etcd, but this script restores etcd-a of etcd (etcd-a, etcd-b, etcd-c, etcd-d, etcd-e): run /usr/local/sbin/etcd-fetch-config", result.Error, StringComparison.Ordinal);
        Assert.Empty(_members.Last().Calls("aws"));
    }

    [Fact]
    public void An_unmounted_data_volume_is_refused_before_anything_is_read()
    {
        var member = MemberOf(Main, "etcd-a");

        var result = FakeRestore(member, FakeBackup(member), mounted: false);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"the data volume is not mounted at {member.DataDir}", result.Error, StringComparison.Ordinal);
        Assert.Empty(_members.Last().Calls("aws"));
    }

    [Fact]
    public void The_previous_data_is_set_aside_on_the_volume_not_deleted()
    {
        var member = MemberOf(Main, "etcd-a");
        var previous = Path.Combine(member.DataDir, "member", "snap", "db");
        Directory.CreateDirectory(Path.GetDirectoryName(previous)!);
        File.WriteAllText(previous, "previous data");

        var result = FakeRestore(member, FakeBackup(member));

        Assert.True(result.ExitCode == 0, result.Output);
        var aside = Assert.Single(Directory.GetDirectories(Path.Combine(member.DataDir, EtcdRestoreScript.WorkFolder), "before-*"));
        Assert.Equal("previous data", File.ReadAllText(Path.Combine(aside, "member", "snap", "db")));
        Assert.Equal("restored", File.ReadAllText(previous).Trim());
    }

    [Fact]
    public void Running_it_again_with_the_same_snapshot_keeps_the_restored_data_and_starts_etcd_new()
    {
        var member = MemberOf(Main, "etcd-a");
        var key = FakeBackup(member);
        var first = FakeRestore(member, key);
        var restored = Path.Combine(member.DataDir, "member", "snap", "db");
        File.WriteAllText(restored, "written after the restore");

        var again = FakeRestore(member, key);

        Assert.True(first.ExitCode == 0 && again.ExitCode == 0, first.Output + again.Output);
        Assert.Equal("written after the restore", File.ReadAllText(restored));
        Assert.DoesNotContain(_members.Last().Calls("etcdutl"), call => call.StartsWith("snapshot restore ", StringComparison.Ordinal));
        Assert.Equal(["stop etcd", "start etcd"], _members.Last().Calls("systemctl"));
        Assert.Equal($"{EtcdRejoinScript.StateVariable}={EtcdRejoinScript.NewCluster}", File.ReadAllText(_members.Last().Path("state.env")).Trim());
    }

    /// <summary>
    /// The restore command every member runs is the same but for its name, its peer URL and the data it restores into;
    /// the token is derived from the snapshot, so five members restoring one snapshot agree on it.
    /// </summary>
    [Fact]
    public void Every_member_restores_with_the_whole_cluster_and_a_token_derived_from_the_snapshot()
    {
        var member = MemberOf(Main, "etcd-b");

        var result = FakeRestore(member, FakeBackup(member));

        Assert.True(result.ExitCode == 0, result.Output);
        var restore = Assert.Single(_members.Last().Calls("etcdutl"), call => call.StartsWith("snapshot restore ", StringComparison.Ordinal));
        Assert.Contains($" --name=etcd-b --initial-cluster={member.Layout.InitialCluster} --initial-advertise-peer-urls={member.Member.PeerUrl} ", restore, StringComparison.Ordinal);
        Assert.Matches(@" --initial-cluster-token=etcd-restore-[0-9a-f]{16} --bump-revision=1000000000 --mark-compacted$", restore);
    }

    /// <summary>A member of <paramref name="args"/>'s cluster whose data directory (the volume's mount point) is a scratch folder.</summary>
    private EtcdMemberConfig MemberOf(EtcdClusterArgs args, string name) =>
        new(EtcdClusterLayout.Spread(args), name, EtcdTuning.For(LoopbackEtcdCluster.TunedForNodes)) { DataDir = _scratch.Path($"volumes/{name}") };

    /// <summary>A new machine for <paramref name="member"/>: its stand-ins, and the backup settings a member's boot fetches.</summary>
    private StandInTools Machine(EtcdMemberConfig member, string? settingsMember = null, bool mounted = true, bool realEtcdutl = true, string? unit = null)
    {
        var machine = new StandInTools($"etcd-restore-{member.Member.Name}-");
        _members.Add(machine);
        Directory.CreateDirectory(member.DataDir);
        machine.Add("aws", $$"""
            [[ "$1 $2" == "s3 cp" ]] || { echo "the stand-in knows only s3 cp" >&2; exit 2; }
            local_path() { if [[ "$1" == s3://* ]]; then printf '%s/%s' '{{Buckets}}' "${1#s3://}"; else printf '%s' "$1"; fi; }
            from=$(local_path "$3")
            to=$(local_path "$4")
            [[ -f "$from" ]] || { echo "An error occurred (404) when calling the HeadObject operation: Not Found" >&2; exit 1; }
            mkdir -p "$(dirname "$to")"
            cp "$from" "$to"
            """);
        machine.Add("mountpoint", mounted ? "true" : "false");
        machine.Add("etcdutl", realEtcdutl ? DebianEtcd34.EtcdutlShim() : FakeEtcdutl);
        machine.Add("systemctl", unit ?? "true");
        machine.Add("etcdctl", unit is null ? FakeEtcdctl : $"exec {EtcdBinaries.Etcdctl} \"$@\"");
        File.WriteAllText(machine.Path("backup.env"), $"""
            ETCD_BACKUP_BUCKET={Bucket}
            ETCD_BACKUP_KMS_KEY_ARN=arn:aws:kms:eu-west-1:111122223333:key/k1
            ETCD_BACKUP_CLUSTER={Cluster}
            ETCD_BACKUP_ETCD_CLUSTER={member.Layout.Token}
            ETCD_BACKUP_MEMBER={settingsMember ?? member.Member.Name}
            AWS_DEFAULT_REGION=eu-west-1

            """);
        return machine;
    }

    /// <summary>What the restore script's environment adds on <paramref name="machine"/>.</summary>
    private static Dictionary<string, string> RestoreEnvironment(StandInTools machine) => new()
    {
        ["PATH"] = machine.SearchPath,
        ["INITIAL_CLUSTER_STATE_FILE"] = machine.Path("state.env"),
        ["ETCD_BACKUP_ENVIRONMENT"] = machine.Path("backup.env"),
    };

    /// <summary>
    /// An etcdutl that restores a one-file data directory ("restored") and reads any snapshot but "not a snapshot":
    /// for the specifications that check what the script does around etcd, not etcd.
    /// </summary>
    private const string FakeEtcdutl = """
        if [[ "$1 $2" == "snapshot restore" ]]; then
          for arg in "$@"; do
            if [[ "$arg" == --data-dir=* ]]; then mkdir -p "${arg#--data-dir=}/member/snap"; echo restored > "${arg#--data-dir=}/member/snap/db"; fi
          done
        fi
        """;

    /// <summary>An etcdctl for the specifications: the local member is the leader and healthy, and a snapshot is a file of text.</summary>
    private const string FakeEtcdctl = """
        if [[ "$1 $2" == "endpoint status" ]]; then printf '"MemberID" : 7\n"Leader" : 7\n'; fi
        if [[ "$1 $2" == "snapshot save" ]]; then echo snapshot > "$3"; fi
        """;

    /// <summary>Runs the rendered backup script on a machine of <paramref name="member"/> with stand-ins for etcd; returns the key it uploaded.</summary>
    private string FakeBackup(EtcdMemberConfig member)
    {
        var machine = Machine(member, realEtcdutl: false);
        var run = RunBackup(machine, EnvironmentOf(machine.Path("backup.env")));
        Assert.True(run.ExitCode == 0, run.Output);
        return UploadedKey(run.Out);
    }

    /// <summary>Runs <paramref name="member"/>'s rendered restore script with <paramref name="snapshot"/> on a new machine of stand-ins.</summary>
    private InstalledTool.Result FakeRestore(EtcdMemberConfig member, string snapshot, string? settingsMember = null, bool mounted = true, bool realEtcdutl = false)
    {
        var machine = Machine(member, settingsMember, mounted, realEtcdutl);
        var script = machine.Path("infra-etcd-restore");
        File.WriteAllText(script, EtcdRestoreScript.Render(member));
        return InstalledTool.Run("bash", [script, snapshot], environment: RestoreEnvironment(machine));
    }

    /// <summary>
    /// Runs the rendered backup script against loopback member <paramref name="name"/> with its own certificate (as the
    /// member's drop-in sets it); returns the key it uploaded, or null when it is not the leader.
    /// </summary>
    private string? Backup(LoopbackEtcdCluster cluster, string name)
    {
        var config = cluster.Configs[name];
        var machine = _machineOf[name] = Machine(config, unit: UnitStandIn(cluster, name));
        var environment = EnvironmentOf(machine.Path("backup.env"));
        environment["ETCDCTL_ENDPOINTS"] = config.Member.ClientUrl;
        environment["ETCDCTL_CACERT"] = config.Tls.TrustedCaFile;
        environment["ETCDCTL_CERT"] = config.Tls.CertFile;
        environment["ETCDCTL_KEY"] = config.Tls.KeyFile;
        var run = RunBackup(machine, environment);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Out.Contains("uploaded ", StringComparison.Ordinal) ? UploadedKey(run.Out) : null;
    }

    private static InstalledTool.Result RunBackup(StandInTools machine, Dictionary<string, string> environment)
    {
        environment["PATH"] = machine.SearchPath;
        environment["STATE_DIRECTORY"] = Directory.CreateDirectory(machine.Path("backup-state")).FullName;
        var script = machine.Path("etcd-backup");
        File.WriteAllText(script, EtcdBackupScript.Text);
        return InstalledTool.Run("bash", [script], environment: environment);
    }

    /// <summary>The key in the backup script's "uploaded s3://bucket/key" line.</summary>
    private static string UploadedKey(string output) =>
        output.Split('\n').Single(line => line.StartsWith("uploaded ", StringComparison.Ordinal))["uploaded ".Length..][$"s3://{Bucket}/".Length..];

    private static Dictionary<string, string> EnvironmentOf(string file) =>
        File.ReadAllLines(file).Where(line => line.Contains('=', StringComparison.Ordinal)).ToDictionary(line => line[..line.IndexOf('=', StringComparison.Ordinal)], line => line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]);

    /// <summary>Runs loopback member <paramref name="name"/>'s restore script on the machine its backup ran on.</summary>
    private EtcdctlResult Restore(LoopbackEtcdCluster cluster, string name, string key) =>
        cluster.RunScript(EtcdRestoreScript.Render(cluster.Configs[name]), RestoreEnvironment(_machineOf[name]), RestoreTimeout, key);

    /// <summary>
    /// A systemctl that runs the member's unit as systemd would: its command line with the state variable the state file
    /// sets, as etcd 3.4 spells it (<see cref="DebianEtcd34.CommandLine"/>), in the background; stop kills it.
    /// </summary>
    private static string UnitStandIn(LoopbackEtcdCluster cluster, string name)
    {
        var flags = DebianEtcd34.CommandLine(EtcdSystemdUnit.ExecStartFlags(cluster.Configs[name]));
        var commandLine = string.Join(' ', flags.Select(flag => $"\"{flag}\""));
        return $$"""
            here=$(dirname "$(dirname "$0")")
            case "$1" in
              stop)
                if [[ -f "$here/etcd.pid" ]]; then
                  pid=$(cat "$here/etcd.pid")
                  kill "$pid" 2>/dev/null || true
                  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
                  rm -f "$here/etcd.pid"
                fi
                ;;
              start)
                {{EtcdRejoinScript.StateVariable}}={{EtcdRejoinScript.NewCluster}}
                source "$INITIAL_CLUSTER_STATE_FILE"
                {{EtcdBinaries.Etcd}} {{commandLine}} >> "$here/etcd.log" 2>&1 < /dev/null &
                echo $! > "$here/etcd.pid"
                ;;
            esac
            """;
    }

    /// <summary>What the members the restore scripts started printed, for failure messages.</summary>
    private string EtcdLogs() =>
        string.Join('\n', _members.Select(m => m.Path("etcd.log")).Where(File.Exists).Select(log => $"--- {log}\n{File.ReadAllText(log)}"));

    /// <summary>The distinct cluster IDs the running members report.</summary>
    private static List<string> ClusterIds(LoopbackEtcdCluster cluster)
    {
        var status = cluster.EtcdctlUntilSuccess(string.Join(',', cluster.Names.Select(cluster.ClientUrl)), LoopbackEtcdCluster.RetryWithin, "endpoint", "status", "--write-out=fields");
        Assert.True(status.Succeeded, $"endpoint status failed: {status}");
        return status.Stdout.Split('\n').Where(line => line.StartsWith("\"ClusterID\" : ", StringComparison.Ordinal)).Distinct().ToList();
    }

    private static void StopProcess(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }
}
