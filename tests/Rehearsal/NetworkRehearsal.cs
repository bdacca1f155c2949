using System.Globalization;
using System.Net;
using System.Text;
using Infra.Tests.Support;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// A VPC rehearsed on this machine: one network namespace per machine, joined by a bridge in a namespace of its
/// own, addressed from 198.18.0.0/15 only (the benchmarking range: never the stack's real plan, never a range
/// anyone routes), each machine's security group rules loaded as a stateful nftables table (policy drop, replies
/// of established flows accepted, then one accept per rule). Everything runs in one bash script under
/// <c>unshare --net --mount</c> with a private tmpfs on <c>/run/netns</c>, so the namespaces vanish with the
/// script even if the test is killed, and nothing is left on the host. Listeners and clients are socat; each
/// probe is bounded by a connect timeout, and every process started is stopped by its PID. A listener answers
/// "open" and then reads what the client sent until the client closes: answering without reading would race
/// the client's bytes against the answer (a write to a finished command fails and ends the connection).
/// </summary>
internal sealed class NetworkRehearsal
{
    /// <summary>Seconds a probe waits for a connection: a dropped SYN is never answered, so this bounds a blocked probe.</summary>
    public const int ProbeTimeoutSeconds = 2;

    /// <summary>Seconds a connected probe waits for the listener's answer: generous, since only open probes wait for it.</summary>
    public const int ReplyTimeoutSeconds = 5;

    private static readonly IPAddress FirstAddress = IPAddress.Parse("198.18.0.10");

    private readonly SortedDictionary<string, string> addresses = new(StringComparer.Ordinal);
    private readonly List<RehearsalRule> rules = [];

    /// <summary>Adds a machine; it gets the next address of the benchmarking range.</summary>
    public NetworkRehearsal Machine(string name)
    {
        var bytes = FirstAddress.GetAddressBytes();
        var offset = bytes[3] + addresses.Count;
        bytes[2] += (byte)(offset / 250);
        bytes[3] = (byte)(offset % 250);
        addresses.Add(name, new IPAddress(bytes).ToString());
        return this;
    }

    public NetworkRehearsal Allow(RehearsalRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var machine in new[] { rule.Machine, rule.Peer })
        {
            if (!addresses.ContainsKey(machine))
            {
                throw new ArgumentException($"rule '{rule}' names machine '{machine}', which the rehearsal does not have", nameof(rule));
            }
        }

        rules.Add(rule);
        return this;
    }

    public string AddressOf(string machine) => addresses[machine];

    /// <summary>The nftables ruleset of <paramref name="machine"/>.</summary>
    public string Ruleset(string machine)
    {
        var text = new StringBuilder();
        text.AppendLine("table inet security_group {");
        foreach (var (direction, hook, peerField, loopback) in new[] { (RuleDirection.Ingress, "input", "saddr", "iif"), (RuleDirection.Egress, "output", "daddr", "oif") })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  chain {hook} {{");
            text.AppendLine(CultureInfo.InvariantCulture, $"    type filter hook {hook} priority 0; policy drop;");
            text.AppendLine("    ct state established,related accept");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {loopback} lo accept");
            foreach (var rule in rules.Where(r => r.Machine == machine && r.Direction == direction))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    ip {peerField} {addresses[rule.Peer]} {rule.Protocol} dport {rule.Port} accept");
            }

            text.AppendLine("  }");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>Runs the rehearsal: every probe's result, true where the connection went through.</summary>
    public IReadOnlyDictionary<RehearsalProbe, bool> Run(IReadOnlyList<RehearsalProbe> probes)
    {
        ArgumentNullException.ThrowIfNull(probes);
        var result = InstalledTool.Run("unshare", ["--net", "--mount", "--propagation", "private", "bash", "-c", Script(probes)]);
        Assert.True(result.ExitCode == 0, $"the rehearsal script failed:\n{result.Output}");
        var outcomes = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("probe ", StringComparison.Ordinal))
            .Select(line => line.Split(' '))
            .ToDictionary(parts => int.Parse(parts[1], CultureInfo.InvariantCulture), parts => parts[2] == "open");
        Assert.True(outcomes.Count == probes.Count, $"expected {probes.Count} probe results:\n{result.Output}");
        return probes.Select((probe, index) => (probe, index)).ToDictionary(p => p.probe, p => outcomes[p.index]);
    }

    private string Script(IReadOnlyList<RehearsalProbe> probes)
    {
        var script = new StringBuilder();
        script.AppendLine("""
            set -euo pipefail
            pids=()
            cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
            trap cleanup EXIT
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
                ip netns exec {ns} nft -f - <<'RULES'
                {Ruleset(machine)}RULES
                """);
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
            var probe = probes[i];
            var target = probe.Protocol == "udp"
                ? $"UDP:{addresses[probe.Destination]}:{probe.Port}"
                : $"TCP:{addresses[probe.Destination]}:{probe.Port},connect-timeout={ProbeTimeoutSeconds}";
            script.AppendLine(CultureInfo.InvariantCulture,
                $"if echo hello | ip netns exec {Namespace(probe.Source)} timeout {ReplyTimeoutSeconds + 1} socat -t{ReplyTimeoutSeconds} -T{ReplyTimeoutSeconds} - {target} 2>/dev/null | grep -q open; then echo 'probe {i} open'; else echo 'probe {i} blocked'; fi");
        }

        return script.ToString();
    }

    private static string Namespace(string machine) => "m-" + machine;
}
