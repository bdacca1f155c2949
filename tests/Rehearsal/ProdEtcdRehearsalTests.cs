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
        var stack = new StackRehearsal(program);
        using var etcd = new EtcdRehearsal(program, stack);

        var (passed, log) = stack.Rehearsal.RunChecks(etcd.Setup, etcd.Checks);

        Assert.Equal(2, passed.Count);
        Assert.True(passed.Values.All(ok => ok), $"checks:\n{string.Join('\n', passed.Select(p => $"{(p.Value ? "ok" : "FAILED")}: {p.Key}"))}\n\nscript:\n{log}\n\nmembers:\n{etcd.Logs}");
    }
}
