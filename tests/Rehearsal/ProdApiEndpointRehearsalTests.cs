using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Rehearsal;

/// <summary>
/// The prod stack's internal API endpoint in its rehearsed security groups (<see cref="ApiEndpointRehearsal"/>): a
/// worker reaches the API servers through the balancer, whose rendered health check takes an unready one out.
/// </summary>
public class ProdApiEndpointRehearsalTests
{
    [Fact]
    public void A_worker_reaches_the_ready_api_servers_of_prod_through_the_internal_balancer_and_its_health_check_drops_an_unready_one()
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", new FixedTime(PolicyFixture.Today)).Program;
        var stack = new StackRehearsal(program.Resources);
        using var api = new ApiEndpointRehearsal(program, stack);

        var (passed, log) = stack.Rehearsal.RunChecks(api.Setup, api.Checks);

        Assert.True(passed.Values.All(ok => ok), $"checks:\n{string.Join('\n', passed.Select(p => $"{(p.Value ? "ok" : "FAILED")}: {p.Key}"))}\n\nscript:\n{log}");
    }
}
