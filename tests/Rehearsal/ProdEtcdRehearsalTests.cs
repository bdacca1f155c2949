using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// The prod stack's etcd clusters, real (<see cref="EtcdRehearsal"/>), in its rehearsed security groups: both clusters
/// form from their rendered units, and the API server's rendered etcd servers answer a control-plane machine.
/// </summary>
public class ProdEtcdRehearsalTests
{
    [Fact]
    public void Both_etcd_clusters_of_prod_form_from_their_rendered_units_and_answer_the_api_servers_rendered_etcd_servers_through_the_rules()
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", new FixedTime(PolicyFixture.Today)).Program;
        var stack = new StackRehearsal(program.Resources);
        using var etcd = new EtcdRehearsal(program, stack);

        var (passed, log) = stack.Rehearsal.RunChecks(etcd.Setup, etcd.Checks);

        Assert.Equal(2, passed.Count);
        Assert.True(passed.Values.All(ok => ok), Report(passed, log, etcd));
    }

    /// <summary>
    /// The issue's first finding, replayed: with only 2379/2380 open (the events peer rules deleted) the main cluster
    /// still answers, as the control, and the events cluster never forms. 30 s: the main cluster answers well within it.
    /// </summary>
    [Fact]
    public void Without_the_events_peer_rules_the_events_cluster_of_prod_never_forms_while_the_main_cluster_answers()
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", new FixedTime(PolicyFixture.Today)).Program;
        var stack = new StackRehearsal([.. program.Resources.Where(r => !r.Path.ToString().Contains("-etcd-events-peer-", StringComparison.Ordinal))]);
        using var etcd = new EtcdRehearsal(program, stack, formationSeconds: 30);

        var (passed, log) = stack.Rehearsal.RunChecks(etcd.Setup, etcd.Checks);

        Assert.True(passed.Single(p => p.Key.Contains("etcd-servers ", StringComparison.Ordinal)).Value, Report(passed, log, etcd));
        Assert.False(passed.Single(p => p.Key.Contains("/events", StringComparison.Ordinal)).Value, Report(passed, log, etcd));
    }

    private static string Report(IReadOnlyDictionary<string, bool> passed, string log, EtcdRehearsal etcd) =>
        $"checks:\n{string.Join('\n', passed.Select(p => $"{(p.Value ? "ok" : "FAILED")}: {p.Key}"))}\n\nscript:\n{log}\n\nmembers:\n{etcd.Logs}";
}
