using System.Text.RegularExpressions;
using Infra.Etcd;
using Infra.Stacks.Config;
using Infra.Tests.Support;

namespace Infra.Tests.Config;

/// <summary>The printed rollout of the prod stack: every stateful machine once, in order, a check after each, the key removed at the end.</summary>
public partial class RolloutSequenceTests
{
    private static readonly StackConfig Prod = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod");

    private static readonly string Sequence = RolloutSequence.Write("prod", Prod);

    [Fact]
    public void Every_target_is_set_once_in_order_each_with_its_own_update()
    {
        var set = SetCommand().Matches(Sequence).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(RolloutTargets.Of(Prod), set);
        Assert.Equal(set.Count, Regex.Count(Sequence, @"&& pulumi up --stack prod\n"));
        Assert.EndsWith("Last: pulumi config rm infra:rollout --stack prod\n", Sequence, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_etcd_member_is_checked_on_its_own_clusters_client_port_with_the_members_certificate()
    {
        var steps = Steps();
        var tls = new EtcdTlsFiles();

        Assert.Contains($"ETCDCTL_ENDPOINTS=https://127.0.0.1:{EtcdPorts.Main.Client} ETCDCTL_CACERT={tls.TrustedCaFile} ETCDCTL_CERT={tls.CertFile} ETCDCTL_KEY={tls.KeyFile}\n", steps["etcd-a"], StringComparison.Ordinal);
        Assert.Contains($"ETCDCTL_ENDPOINTS=https://127.0.0.1:{EtcdPorts.Events.Client} ", steps["etcd-events-e"], StringComparison.Ordinal);
        Assert.All(steps.Where(s => s.Key.StartsWith("etcd", StringComparison.Ordinal)), s =>
            Assert.Contains("etcdctl endpoint health --cluster && etcdctl endpoint status --cluster -w table\n", s.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_control_plane_node_waits_for_its_zones_instance_refresh_and_readiness()
    {
        var step = Steps()["control-plane-eu-west-1b"];

        Assert.Contains($"--auto-scaling-group-name {Prod.ClusterName}-control-plane-eu-west-1b\n", step, StringComparison.Ordinal);
        Assert.Contains("kubectl get --raw='/readyz?verbose' && kubectl get nodes\n", step, StringComparison.Ordinal);
    }

    [Fact]
    public void A_platform_stack_is_refused_with_what_to_roll_instead()
    {
        var platform = StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod-platform");

        var error = Assert.Throws<ConfigException>(() => RolloutSequence.Write("prod-platform", platform));

        Assert.Contains("roll its cluster stack instead", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Each numbered step's text, by its target.</summary>
    private static Dictionary<string, string> Steps() =>
        Regex.Split(Sequence, @"\n(?=\d+\. )").Skip(1).ToDictionary(step => step[(step.IndexOf(' ', StringComparison.Ordinal) + 1)..step.IndexOf('\n', StringComparison.Ordinal)], step => step);

    [GeneratedRegex(@"pulumi config set infra:rollout (\S+) --stack prod ")]
    private static partial Regex SetCommand();
}
