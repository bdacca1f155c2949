using Infra.Etcd;

namespace Infra.Tests.Etcd;

/// <summary>
/// The one place that knows what Debian's etcd (3.4.23, the only etcd this machine's packages offer) lacks
/// of what members run with (the pinned 3.6): the real-etcd tests run the generated command line through
/// <see cref="CommandLine"/> and nothing else changes it. Each gap names the 3.6 setting, the 3.4 flag that
/// does the same (3.4 spells most of them <c>--experimental-*</c>) or none (then it is dropped), and why
/// dropping it does not weaken what the tests prove. <c>DebianEtcd34Tests</c> checks the list against the
/// installed binary's <c>etcd --help</c>: every entry is missing there, everything else is present.
/// </summary>
internal static class DebianEtcd34
{
    /// <summary>One 3.6 setting 3.4 does not know: a flag (<c>tls-min-version</c>) or a feature gate (<c>feature-gates:CompactHashCheck</c>).</summary>
    public sealed record Gap(string Setting, string? Etcd34Flag, string Why)
    {
        public const string FeatureGatePrefix = "feature-gates:";

        public bool IsFeatureGate => Setting.StartsWith(FeatureGatePrefix, StringComparison.Ordinal);

        public string Name => IsFeatureGate ? Setting[FeatureGatePrefix.Length..] : Setting;
    }

    public static readonly IReadOnlyList<Gap> Gaps =
    [
        new("tls-min-version", null, "3.4 has no minimum-version flag (3.5 added it): its default minimum, TLS 1.2, still accepts the tests' TLS 1.3 clients"),
        new("corrupt-check-time", "experimental-corrupt-check-time", "3.6's name for 3.4's experimental flag"),
        new("watch-progress-notify-interval", "experimental-watch-progress-notify-interval", "3.6's name for 3.4's experimental flag"),
        new("feature-gates:InitialCorruptCheck", "experimental-initial-corrupt-check", "3.4 has no feature gates; its experimental flag does the same"),
        new("feature-gates:CompactHashCheck", null, "added in 3.5.5: it only adds a check at compaction, which no test depends on"),
    ];

    /// <summary>
    /// 3.6 moved <c>snapshot status</c> and <c>snapshot restore</c> from etcdctl to etcdutl (CHANGELOG-3.6, etcd PR
    /// #13809); 3.4 has no etcdutl and its etcdctl (API v3) takes the same subcommands and flags, but for <see cref="EtcdutlGaps"/>.
    /// </summary>
    public const string EtcdutlStandIn = EtcdBinaries.Etcdctl;

    /// <summary>
    /// The <c>snapshot restore</c> flags of the pinned etcdutl that 3.4's <c>etcdctl snapshot restore</c> lacks (etcdutl
    /// 3.5.10 added them, etcd-io/etcd etcdutl/etcdutl/snapshot_command.go). The stand-in drops them: they only move the
    /// restored revision past what clients saw, and the tests check keys and membership, not revisions.
    /// </summary>
    public static readonly IReadOnlyList<string> EtcdutlGaps = ["bump-revision", "mark-compacted"];

    /// <summary>
    /// An <c>etcdutl</c> for PATH, so a rendered script's etcdutl commands run unchanged: each goes to
    /// <see cref="EtcdutlStandIn"/> with <see cref="EtcdutlGaps"/> dropped (as <c>--flag</c> or <c>--flag=value</c>).
    /// </summary>
    public static string EtcdutlShim()
    {
        var dropped = string.Join('|', EtcdutlGaps.Select(flag => $"--{flag}|--{flag}=*"));
        return $$"""
            #!/usr/bin/env bash
            # etcdutl as etcd 3.4 offers it: etcdctl's offline snapshot commands, without the flags 3.4 lacks (DebianEtcd34).
            set -euo pipefail
            args=()
            for arg in "$@"; do
              case "$arg" in
                {{dropped}}) ;;
                *) args+=("$arg") ;;
              esac
            done
            ETCDCTL_API=3 exec {{EtcdutlStandIn}} "${args[@]}"

            """;
    }

    /// <summary>
    /// The command line 3.4 runs for a member's generated <paramref name="flags"/>: each gap translated to its
    /// 3.4 flag or dropped, every other flag unchanged. A feature gate with no gap fails: it is a new difference to write down.
    /// </summary>
    public static IReadOnlyList<string> CommandLine(IReadOnlyList<string> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.SelectMany(flag =>
        {
            var (name, value) = Split(flag);
            return name == "feature-gates"
                ? value.Split(',').SelectMany(gate => Translate(Gap.FeatureGatePrefix + gate[..gate.IndexOf('=', StringComparison.Ordinal)], gate[(gate.IndexOf('=', StringComparison.Ordinal) + 1)..], mustBeListed: true))
                : Translate(name, value, mustBeListed: false);
        }).ToList();
    }

    /// <summary>A <c>--name=value</c> flag as its name and value.</summary>
    public static (string Name, string Value) Split(string flag)
    {
        var equals = flag.IndexOf('=', StringComparison.Ordinal);
        return (flag[2..equals], flag[(equals + 1)..]);
    }

    private static IEnumerable<string> Translate(string setting, string value, bool mustBeListed)
    {
        var gap = Gaps.SingleOrDefault(g => g.Setting == setting);
        if (gap is null)
        {
            return mustBeListed
                ? throw new InvalidOperationException($"'{setting}' is not in DebianEtcd34.Gaps: etcd 3.4 has no feature gates, so write down its 3.4 flag or why it is dropped.")
                : [$"--{setting}={value}"];
        }

        return gap.Etcd34Flag is null ? [] : [$"--{gap.Etcd34Flag}={value}"];
    }
}
