using System.Diagnostics;
using System.Text;
using Infra.Etcd;

namespace Infra.Tests.Etcd;

/// <summary>
/// Five real etcd members on 127.0.0.1 (client, peer and metrics ports the kernel hands out free, so
/// two test runs on one machine never meet), each run with
/// the command line <see cref="EtcdMemberConfig.Flags"/> generates for it, as <see cref="DebianEtcd34.CommandLine"/>
/// adapts it to the installed etcd 3.4 (and nothing else). Everything lives under one temporary folder; disposing kills
/// every process it started and deletes the folder.
/// </summary>
internal sealed class LoopbackEtcdCluster : IDisposable
{
    /// <summary>The size the tuning is derived for: the seed's ~1,000 nodes (heartbeat 500 ms, election 2,500 ms).</summary>
    public const int TunedForNodes = 1_000;

    private static readonly TimeSpan EtcdctlTimeout = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, Process> _running = [];
    private readonly StringBuilder _log = new();
    private readonly EtcdTestPki _pki;

    public LoopbackEtcdCluster()
    {
        EtcdBinaries.Require();
        Root = Directory.CreateTempSubdirectory("etcd-loopback-").FullName;
        try
        {
            _pki = new EtcdTestPki(Path.Combine(Root, "pki"));
            var spread = EtcdClusterLayout.Spread(new EtcdClusterArgs { Zones = ["zone-a", "zone-b", "zone-c"], DnsDomain = "etcd.test" });
            var ports = FreeLoopbackPorts(spread.Members.Count * 3);
            var members = spread.Members
                .Select((m, i) => m with { Host = EtcdUrl.Loopback, Ports = new EtcdPorts(ports[3 * i], ports[(3 * i) + 1], ports[(3 * i) + 2]) })
                .ToList();
            Layout = new EtcdClusterLayout(spread.Token, members, development: false);
            Configs = members.ToDictionary(
                m => m.Name,
                m => new EtcdMemberConfig(Layout, m.Name, EtcdTuning.For(TunedForNodes)) { DataDir = Path.Combine(Root, m.Name), Tls = _pki.For(m) });
        }
        catch
        {
            Directory.Delete(Root, recursive: true);
            throw;
        }
    }

    public string Root { get; }

    /// <summary>Distinct ports free on 127.0.0.1 now (held open together while chosen, so none repeats).</summary>
    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((System.Net.IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    public EtcdClusterLayout Layout { get; }

    public IReadOnlyDictionary<string, EtcdMemberConfig> Configs { get; }

    public IEnumerable<string> Names => Layout.Members.Select(m => m.Name);

    /// <summary>What the members and etcdctl printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public void Start(string name, EtcdMemberConfig? config = null) => StartWithFlags(name, (config ?? Configs[name]).Flags());

    /// <summary>Starts member <paramref name="name"/> with generated <paramref name="flags"/> (e.g. its unit's), as etcd 3.4 spells them.</summary>
    public void StartWithFlags(string name, IReadOnlyList<string> flags)
    {
        var start = new ProcessStartInfo(EtcdBinaries.Etcd) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in DebianEtcd34.CommandLine(flags))
        {
            start.ArgumentList.Add(flag);
        }

        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => Append(name, e.Data);
        process.OutputDataReceived += (_, e) => Append(name, e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _running[name] = process;
    }

    public void StartAll()
    {
        foreach (var name in Names)
        {
            Start(name);
        }
    }

    public void Stop(string name)
    {
        var process = _running[name];
        _running.Remove(name);
        Kill(process);
    }

    public void StopAll()
    {
        foreach (var name in _running.Keys.ToList())
        {
            Stop(name);
        }
    }

    public string ClientUrl(string name) => Layout.Member(name).ClientUrl;

    /// <summary>Waits until every endpoint in <paramref name="names"/> answers a health check (a quorum read), or fails.</summary>
    public void WaitHealthy(IEnumerable<string> names, TimeSpan timeout)
    {
        var endpoints = string.Join(',', names.Select(ClientUrl));
        var health = EtcdctlUntilSuccess(endpoints, timeout, "endpoint", "health");
        Assert.True(health.Succeeded, $"etcd endpoints {endpoints} not healthy within {timeout.TotalSeconds} s: {health}\n{Log}");
    }

    /// <summary>How long a request may be retried while elections settle or a loaded machine catches up.</summary>
    public static readonly TimeSpan RetryWithin = TimeSpan.FromSeconds(20);

    /// <summary>Writes five keys <c>/proof/&lt;phase&gt;-&lt;i&gt;</c> through <paramref name="names"/>, each retried until acknowledged; records the acknowledged keys.</summary>
    public void WriteProofKeys(IEnumerable<string> names, string phase, List<string> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        var endpoints = string.Join(',', names.Select(ClientUrl));
        for (var i = 0; i < 5; i++)
        {
            var key = $"/proof/{phase}-{i}";
            var put = EtcdctlUntilSuccess(endpoints, RetryWithin, "put", key, phase);
            Assert.True(put.Succeeded, $"write of {key} through {endpoints} failed: {put}\n{Log}");
            acknowledged.Add(key);
        }
    }

    /// <summary>The /proof/ keys member <paramref name="name"/> holds, sorted, read linearizably through it (so it has applied them).</summary>
    public List<string> ProofKeys(string name)
    {
        var get = EtcdctlUntilSuccess(ClientUrl(name), RetryWithin, "get", "/proof/", "--prefix", "--keys-only");
        Assert.True(get.Succeeded, $"read through {name} failed: {get}");
        return [.. get.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Runs etcdctl until it succeeds or <paramref name="within"/> has passed, and returns the last run:
    /// after a member stops or starts, requests fail until an election settles (2.5 s or more).
    /// </summary>
    public EtcdctlResult EtcdctlUntilSuccess(string endpoints, TimeSpan within, params string[] arguments)
    {
        var deadline = Stopwatch.StartNew();
        EtcdctlResult last;
        while (!(last = Etcdctl(endpoints, arguments)).Succeeded && deadline.Elapsed < within)
        {
            Thread.Sleep(250);
        }

        return last;
    }

    /// <summary>Runs etcdctl (API v3) against <paramref name="endpoints"/> with the test client certificate, bounded by a 5 s command timeout.</summary>
    public EtcdctlResult Etcdctl(string endpoints, params string[] arguments) =>
        Run(
            EtcdBinaries.Etcdctl,
            [$"--endpoints={endpoints}", $"--cacert={_pki.CaFile}", $"--cert={_pki.Client.CertFile}", $"--key={_pki.Client.KeyFile}", "--dial-timeout=2s", "--command-timeout=5s", .. arguments]);

    /// <summary>Runs what members run as etcdutl (offline: snapshot status and restore) with <paramref name="arguments"/>: <see cref="DebianEtcd34.EtcdutlStandIn"/> here.</summary>
    public EtcdctlResult Etcdutl(params string[] arguments) => Run(DebianEtcd34.EtcdutlStandIn, arguments);

    /// <summary>Runs a rendered bash <paramref name="script"/> with <paramref name="arguments"/> and <paramref name="environment"/> added, killed after <paramref name="timeout"/>.</summary>
    public EtcdctlResult RunScript(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var path = Path.Combine(Root, $"script-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, script);
        return Run("/bin/bash", [path, .. arguments], environment, timeout);
    }

    private EtcdctlResult Run(string binary, string[] arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["ETCDCTL_API"] = "3";
        foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var bound = timeout ?? EtcdctlTimeout;
        if (!process.WaitForExit(bound))
        {
            Kill(process);
            return new EtcdctlResult(-1, "", $"{binary} still running after {bound.TotalSeconds} s");
        }

        var result = new EtcdctlResult(process.ExitCode, stdout.Result, stderr.Result);
        Append($"{Path.GetFileName(binary)} {string.Join(' ', arguments)}", result.ToString());
        return result;
    }

    public void Dispose()
    {
        StopAll();
        _pki.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.WaitForExit(TimeSpan.FromSeconds(10));
        process.Dispose();
    }

    private void Append(string source, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append('[').Append(source).Append("] ").AppendLine(line);
        }
    }
}

/// <summary>One etcdctl run.</summary>
internal sealed record EtcdctlResult(int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode}: {Stdout.Trim()} {Stderr.Trim()}";
}
