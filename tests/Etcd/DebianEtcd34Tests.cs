using System.Text.RegularExpressions;
using Infra.Etcd;
using Infra.Tests.Support;

namespace Infra.Tests.Etcd;

/// <summary>
/// <see cref="DebianEtcd34.Gaps"/> is exactly the difference between what members run with and what the
/// installed etcd 3.4 knows, checked against that binary's own <c>etcd --help</c>.
/// </summary>
public partial class DebianEtcd34Tests
{
    private static readonly EtcdMemberConfig Member = new(
        EtcdClusterLayout.Spread(new EtcdClusterArgs { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" }),
        "etcd-a",
        EtcdTuning.For(1_000));

    private static readonly Lazy<HashSet<string>> InstalledEtcdFlags = new(() =>
    {
        EtcdBinaries.Require();
        var help = InstalledTool.Run(EtcdBinaries.Etcd, ["--help"]);
        return FlagPattern().Matches(help.Output).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    });

    private static IEnumerable<(string Name, string Value)> MemberFlags => Member.Flags().Select(DebianEtcd34.Split);

    private static IEnumerable<string> MemberFeatureGates =>
        MemberFlags.Where(f => f.Name == "feature-gates").SelectMany(f => f.Value.Split(',')).Select(gate => gate[..gate.IndexOf('=', StringComparison.Ordinal)]);

    [Fact]
    public void The_installed_etcd_is_the_3_4_release_the_gaps_were_written_for()
    {
        var version = InstalledTool.Run(EtcdBinaries.Etcd, ["--version"]);

        Assert.Contains("etcd Version: 3.4.", version.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_gap_is_a_flag_or_feature_gate_members_run_with()
    {
        Assert.All(DebianEtcd34.Gaps, gap =>
            Assert.Contains(gap.Name, gap.IsFeatureGate ? MemberFeatureGates : MemberFlags.Select(f => f.Name)));
    }

    [Fact]
    public void Every_gap_is_unknown_to_the_installed_etcd_and_its_replacement_known()
    {
        Assert.All(DebianEtcd34.Gaps, gap =>
        {
            Assert.DoesNotContain(gap.IsFeatureGate ? "feature-gates" : gap.Name, InstalledEtcdFlags.Value);
            if (gap.Etcd34Flag is { } replacement)
            {
                Assert.Contains(replacement, InstalledEtcdFlags.Value);
            }
        });
    }

    [Fact]
    public void Every_other_flag_members_run_with_is_known_to_the_installed_etcd()
    {
        var gapFlags = DebianEtcd34.Gaps.Where(g => !g.IsFeatureGate).Select(g => g.Name).Append("feature-gates");

        Assert.All(MemberFlags.Select(f => f.Name).Except(gapFlags), name => Assert.Contains(name, InstalledEtcdFlags.Value));
    }

    [Fact]
    public void The_3_4_command_line_translates_the_corruption_checks_and_drops_what_3_4_lacks()
    {
        var commandLine = DebianEtcd34.CommandLine(Member.Flags());

        Assert.Contains("--experimental-initial-corrupt-check=true", commandLine);
        Assert.Contains("--experimental-corrupt-check-time=4h", commandLine);
        Assert.DoesNotContain(commandLine, flag => flag.StartsWith("--feature-gates=", StringComparison.Ordinal) || flag.StartsWith("--tls-min-version=", StringComparison.Ordinal));
        Assert.Contains($"--heartbeat-interval={Member.Tuning.HeartbeatIntervalMs}", commandLine);
    }

    [Fact]
    public void A_feature_gate_without_a_written_down_gap_fails_the_translation()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DebianEtcd34.CommandLine(["--feature-gates=StopGRPCServiceOnDefrag=true"]));

        Assert.Contains("feature-gates:StopGRPCServiceOnDefrag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_etcdutl_stand_in_has_the_snapshot_status_and_restore_commands()
    {
        var help = InstalledTool.Run(DebianEtcd34.EtcdutlStandIn, ["snapshot", "--help"], environment: new Dictionary<string, string> { ["ETCDCTL_API"] = "3" });

        Assert.Matches(@"(?m)^\s+restore\s", help.Output);
        Assert.Matches(@"(?m)^\s+status\s", help.Output);
    }

    [Fact]
    public void Every_etcdutl_gap_is_a_restore_flag_members_use_that_the_stand_in_lacks()
    {
        var help = InstalledTool.Run(DebianEtcd34.EtcdutlStandIn, ["snapshot", "restore", "--help"], environment: new Dictionary<string, string> { ["ETCDCTL_API"] = "3" });
        var standInFlags = FlagPattern().Matches(help.Output).Select(m => m.Groups[1].Value).ToList();
        var restoreScript = EtcdRestoreScript.Render(Member);

        Assert.Contains("data-dir", standInFlags);
        Assert.All(DebianEtcd34.EtcdutlGaps, flag =>
        {
            Assert.DoesNotContain(flag, standInFlags);
            Assert.Contains($" --{flag}", restoreScript, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"(?m)^\s+--([a-z0-9-]+)")]
    private static partial Regex FlagPattern();
}
