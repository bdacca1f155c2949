using System.Globalization;
using System.Net;
using System.Text;
using Infra.Network;
using Infra.Tests.Support;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// A VPC rehearsed on this machine: one network namespace per machine, joined by a bridge in a namespace of its
/// own, addressed from 198.18.0.0/15 only (the benchmarking range: never the stack's real plan, never a range
/// anyone routes): machines of the VPC from <see cref="VpcBlock"/>, hosts outside it (the internet's stand-ins) from
/// <see cref="OutsideBlock"/>. Each machine's security group rules are loaded as a stateful nftables table (policy
/// drop, replies of established flows accepted, then one accept per rule); hosts carry no group of ours and no table.
/// Everything runs in one bash script under <c>unshare --net --mount</c> with a private tmpfs on <c>/run/netns</c>,
/// so the namespaces vanish with the script even if the test is killed, and nothing is left on the host. Listeners
/// and clients are socat; each probe is bounded by a timeout, and every listener started is stopped by its PID. A
/// listener answers "open" and then reads what the client sent until the client closes: answering without reading
/// would race the client's bytes against the answer (a write to a finished command fails and ends the connection).
/// </summary>
internal sealed class NetworkRehearsal
{
    /// <summary>Seconds a TCP probe waits for a connection: a dropped SYN is never answered, so this bounds a blocked probe.</summary>
    public const int ConnectTimeoutSeconds = 1;

    /// <summary>
    /// Seconds a probe waits for the listener's answer. A blocked UDP probe always waits this long (a dropped datagram
    /// is never refused), so it is short; 3 s still covers a listener forking its answer on two busy cores.
    /// </summary>
    public const int ReplyTimeoutSeconds = 3;

    /// <summary>The rehearsal's VPC: every machine's address, and what the stack's VPC CIDR stands for.</summary>
    public const string VpcBlock = "198.18.0.0/16";

    /// <summary>Addresses outside the VPC: the internet's stand-ins.</summary>
    public const string OutsideBlock = "198.19.0.0/16";

    /// <summary>Seconds the whole script may run: setup, probes, and a deletion pass per rule of a stack.</summary>
    private static readonly TimeSpan ScriptLimit = TimeSpan.FromMinutes(4);

    private readonly SortedDictionary<string, string> addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> hosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> peerSets = new(StringComparer.Ordinal);
    private readonly List<RehearsalRule> rules = [];
    private int vpcMachines;
    private int outsideHosts;

    /// <summary>Adds a machine of the VPC, behind the rules <see cref="Allow"/> gives it; it gets the next address of <see cref="VpcBlock"/>.</summary>
    public NetworkRehearsal Machine(string name)
    {
        addresses.Add(name, Address(VpcBlock, vpcMachines++));
        return this;
    }

    /// <summary>Adds a host behind no group of ours (a stand-in for a CIDR peer), in the VPC or outside it.</summary>
    public NetworkRehearsal Host(string name, bool outside)
    {
        addresses.Add(name, outside ? Address(OutsideBlock, outsideHosts++) : Address(VpcBlock, vpcMachines++));
        hosts.Add(name);
        return this;
    }

    /// <summary>Names a set of machines (a role's members), for rules whose peer is the set.</summary>
    public NetworkRehearsal Peers(string name, IEnumerable<string> machines)
    {
        var members = machines.ToList();
        Assert.All(members, machine => Assert.True(addresses.ContainsKey(machine), $"peer set '{name}' names machine '{machine}', which the rehearsal does not have"));
        peerSets.Add(name, members);
        return this;
    }

    public NetworkRehearsal Allow(RehearsalRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!addresses.ContainsKey(rule.Machine) || hosts.Contains(rule.Machine))
        {
            throw new ArgumentException($"rule '{rule}' is on '{rule.Machine}', which is no machine of the rehearsal behind a group", nameof(rule));
        }

        if (!addresses.ContainsKey(rule.Peer) && !peerSets.ContainsKey(rule.Peer) && !Ipv4Cidr.TryParse(rule.Peer, out _, out _))
        {
            throw new ArgumentException($"rule '{rule}' names peer '{rule.Peer}', which is no machine, peer set or CIDR of the rehearsal", nameof(rule));
        }

        rules.Add(rule);
        return this;
    }

    public string AddressOf(string machine) => addresses[machine];

    /// <summary>True when <paramref name="rule"/> lets <paramref name="probe"/> through its side (egress at the source, ingress at the destination).</summary>
    public bool Opens(RehearsalRule rule, RehearsalProbe probe)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(probe);
        return rule.Opens(probe.Protocol, probe.Port) && (rule.Direction == RuleDirection.Egress
            ? rule.Machine == probe.Source && Covers(rule.Peer, probe.Destination)
            : rule.Machine == probe.Destination && Covers(rule.Peer, probe.Source));
    }

    /// <summary>The nftables ruleset of <paramref name="machine"/>, less the rules named <paramref name="without"/>.</summary>
    public string Ruleset(string machine, string? without = null)
    {
        var text = new StringBuilder();
        text.AppendLine("table inet security_group {");
        foreach (var (direction, hook, peerField, loopback) in new[] { (RuleDirection.Ingress, "input", "saddr", "iif"), (RuleDirection.Egress, "output", "daddr", "oif") })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  chain {hook} {{");
            text.AppendLine(CultureInfo.InvariantCulture, $"    type filter hook {hook} priority 0; policy drop;");
            text.AppendLine("    ct state established,related accept");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {loopback} lo accept");
            foreach (var rule in rules.Where(r => r.Machine == machine && r.Direction == direction && r.Key != without))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    ip {peerField} {PeerAddresses(rule.Peer)} {rule.Protocol} dport {rule.Ports} accept");
            }

            text.AppendLine("  }");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>Runs the rehearsal: every probe's result, true where the connection went through.</summary>
    public IReadOnlyDictionary<RehearsalProbe, bool> Run(IReadOnlyList<RehearsalProbe> probes) => Rehearse(probes, deleteEachRule: false).Open;

    /// <summary>
    /// Runs the rehearsal, then deletes each rule (every rule of one <see cref="RehearsalRule.Key"/> at once) from its
    /// machines' tables, runs again the probes it opens, and restores it: all in the one script, so the namespaces are
    /// set up once.
    /// </summary>
    public RehearsalRun RunDeletingEachRule(IReadOnlyList<RehearsalProbe> probes) => Rehearse(probes, deleteEachRule: true);

    /// <summary>
    /// Runs the network with processes of the test's own: <paramref name="setup"/> (bash) runs once every machine is up
    /// and appends what it starts in the background to <c>pids</c>, so it is stopped by PID; then each check's command
    /// runs, passing when it exits 0 (its output goes to the log). Returns each check's outcome and the script's log.
    /// </summary>
    public (IReadOnlyDictionary<string, bool> Passed, string Log) RunChecks(string setup, IReadOnlyList<(string Name, string Command)> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var text = new StringBuilder(Script([], [])).AppendLine(setup);
        for (var i = 0; i < checks.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"if ( {checks[i].Command} ) >&2; then echo 'check {i} ok'; else echo 'check {i} failed'; fi");
        }

        var result = Execute(text.ToString());
        var outcomes = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3 && parts[0] == "check")
            .ToDictionary(parts => int.Parse(parts[1], CultureInfo.InvariantCulture), parts => parts[2] == "ok");
        Assert.True(outcomes.Count == checks.Count, $"expected {checks.Count} check results:\n{result.Output}");
        return (checks.Select((check, i) => (check.Name, i)).ToDictionary(c => c.Name, c => outcomes[c.i], StringComparer.Ordinal), result.Output);
    }

    private static InstalledTool.Result Execute(string text)
    {
        // A file, not an argument: a stack's script outgrows the kernel's limit on one argument.
        var script = Path.Combine(Path.GetTempPath(), $"rehearsal-{Guid.NewGuid():N}.sh");
        File.WriteAllText(script, text);
        try
        {
            var result = InstalledTool.Run("unshare", ["--net", "--mount", "--propagation", "private", "bash", script], limit: ScriptLimit);
            Assert.True(result.ExitCode == 0, $"the rehearsal script failed:\n{result.Output}");
            return result;
        }
        finally
        {
            File.Delete(script);
        }
    }

    private RehearsalRun Rehearse(IReadOnlyList<RehearsalProbe> probes, bool deleteEachRule)
    {
        ArgumentNullException.ThrowIfNull(probes);
        List<string> deletions = deleteEachRule ? [.. rules.Select(r => r.Key).Distinct()] : [];
        var result = Execute(Script(probes, deletions));
        var outcomes = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 4 && parts[0] == "probe")
            .ToDictionary(parts => (parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture)), parts => parts[3] == "open");
        var expected = probes.Count + deletions.Sum(key => ProbesOpenedBy(key, probes).Count());
        Assert.True(outcomes.Count == expected, $"expected {expected} probe results:\n{result.Output}");
        return new RehearsalRun(
            probes.Select((probe, index) => (probe, index)).ToDictionary(p => p.probe, p => outcomes[("all", p.index)]),
            deletions.Select((key, d) => (key, d)).ToDictionary(
                pair => pair.key,
                pair => (IReadOnlyDictionary<RehearsalProbe, bool>)ProbesOpenedBy(pair.key, probes).ToDictionary(i => probes[i], i => outcomes[($"without-{pair.d}", i)]),
                StringComparer.Ordinal));
    }

    private IEnumerable<int> ProbesOpenedBy(string key, IReadOnlyList<RehearsalProbe> probes) =>
        Enumerable.Range(0, probes.Count).Where(i => rules.Any(rule => rule.Key == key && Opens(rule, probes[i])));

    private string Script(IReadOnlyList<RehearsalProbe> probes, List<string> deletions)
    {
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $$"""
            set -euo pipefail
            pids=()
            cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
            trap cleanup EXIT
            # probe <pass> <index> <namespace> <socat address>: one line, "probe <pass> <index> open|blocked".
            probe() {
              if echo hello | ip netns exec "$3" timeout {{ReplyTimeoutSeconds + ConnectTimeoutSeconds + 1}} socat -t{{ReplyTimeoutSeconds}} -T{{ReplyTimeoutSeconds}} - "$4" 2>/dev/null | grep -q open
              then echo "probe $1 $2 open"; else echo "probe $1 $2 blocked"; fi
            }
            mkdir -p /run/netns && mount -t tmpfs rehearsal /run/netns
            ip netns add bridge
            ip -n bridge link add br0 type bridge
            ip -n bridge link set br0 up
            """);
        var index = 0;
        foreach (var (machine, address) in addresses)
        {
            var ns = Namespace(machine);
            var veth = $"v{index++}";
            script.AppendLine(CultureInfo.InvariantCulture, $"""
                ip netns add {ns}
                ip link add {veth} netns bridge type veth peer name eth0 netns {ns}
                ip -n bridge link set {veth} master br0 up
                ip -n {ns} addr add {address}/15 dev eth0
                ip -n {ns} link set eth0 up
                ip -n {ns} link set lo up
                """);
            if (!hosts.Contains(machine))
            {
                script.Append(Load(machine, Ruleset(machine)));
            }
        }

        foreach (var listener in probes.Select(p => (p.Destination, p.Protocol, p.Port)).Distinct())
        {
            var address = addresses[listener.Destination];
            var listen = listener.Protocol == "udp" ? $"UDP-LISTEN:{listener.Port},bind={address},reuseaddr,fork" : $"TCP-LISTEN:{listener.Port},bind={address},reuseaddr,fork";
            var ns = Namespace(listener.Destination);
            var sockets = listener.Protocol == "udp" ? "-lun" : "-ltn";
            script.AppendLine(CultureInfo.InvariantCulture, $"""
                ip netns exec {ns} socat -T{ReplyTimeoutSeconds} {listen} SYSTEM:'echo open; cat >/dev/null' & pids+=($!)
                for _ in $(seq 1 100); do ip netns exec {ns} ss -H {sockets} "sport = :{listener.Port}" | grep -q . && break; sleep 0.1; done
                """);
        }

        for (var i = 0; i < probes.Count; i++)
        {
            script.AppendLine(Probe("all", i, probes[i]));
        }

        for (var d = 0; d < deletions.Count; d++)
        {
            var key = deletions[d];
            var machines = rules.Where(r => r.Key == key).Select(r => r.Machine).Distinct().ToList();
            script.AppendLine(CultureInfo.InvariantCulture, $"# without {key}");
            foreach (var machine in machines)
            {
                script.Append(Load(machine, Ruleset(machine, without: key)));
            }

            // The probes one rule opens run side by side: a blocked one costs its timeout once, not once per probe.
            script.AppendLine("probes=()");
            foreach (var i in ProbesOpenedBy(key, probes))
            {
                script.AppendLine(CultureInfo.InvariantCulture, $"{Probe($"without-{d}", i, probes[i])} & probes+=($!)");
            }

            script.AppendLine("""for pid in "${probes[@]}"; do wait "$pid"; done""");
            foreach (var machine in machines)
            {
                script.Append(Load(machine, Ruleset(machine)));
            }
        }

        return script.ToString();
    }

    /// <summary>Replaces the machine's table in one nftables transaction: declaring it first makes the delete safe when it is absent.</summary>
    private static string Load(string machine, string ruleset) =>
        $"""
        ip netns exec {Namespace(machine)} nft -f - <<'RULES'
        table inet security_group
        delete table inet security_group
        {ruleset}RULES

        """;

    private string Probe(string pass, int index, RehearsalProbe probe)
    {
        var target = probe.Protocol == "udp"
            ? $"UDP:{addresses[probe.Destination]}:{probe.Port}"
            : $"TCP:{addresses[probe.Destination]}:{probe.Port},connect-timeout={ConnectTimeoutSeconds}";
        return $"probe {pass} {index} {Namespace(probe.Source)} {target}";
    }

    private bool Covers(string peer, string machine) =>
        peer == machine
        || (peerSets.TryGetValue(peer, out var members) && members.Contains(machine))
        || (Ipv4Cidr.TryParse(peer, out var cidr, out _) && cidr.Contains(Ipv4Cidr.Parse($"{addresses[machine]}/32")));

    private string PeerAddresses(string peer) =>
        addresses.TryGetValue(peer, out var address) ? address
        : peerSets.TryGetValue(peer, out var members) ? $"{{ {string.Join(", ", members.Select(m => addresses[m]))} }}"
        : peer;

    private static string Address(string block, int index)
    {
        // From .10 on: the first addresses of a block are the ones people reach for by hand.
        var bytes = IPAddress.Parse(block.Split('/')[0]).GetAddressBytes();
        var offset = 10 + index;
        bytes[2] += (byte)(offset / 250);
        bytes[3] = (byte)(offset % 250);
        return new IPAddress(bytes).ToString();
    }

    /// <summary>The network namespace <paramref name="machine"/> runs in, for commands a test adds.</summary>
    public static string Namespace(string machine) => "m-" + machine;
}

/// <summary>What a rehearsal saw: each probe with every rule in place, and the probes each rule opens with that rule deleted.</summary>
internal sealed record RehearsalRun(IReadOnlyDictionary<RehearsalProbe, bool> Open, IReadOnlyDictionary<string, IReadOnlyDictionary<RehearsalProbe, bool>> WithoutRule);
