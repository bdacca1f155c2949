using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class ScalabilityEnvelopeTests
{
    private readonly ScalabilityEnvelope rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    [Fact]
    public void Five_thousand_nodes_with_the_control_plane_are_within_the_envelope()
    {
        var facts = CapacityFixture.ProdWith(CapacityFixture.Pool("general", 4_000), CapacityFixture.Pool("compute", 997));

        Assert.Empty(RuleFixture.Violations(rule, program, facts));
    }

    [Fact]
    public void One_node_past_five_thousand_is_refused_with_the_sum()
    {
        var facts = CapacityFixture.ProdWith(CapacityFixture.Pool("general", 4_000), CapacityFixture.Pool("compute", 998));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, facts));

        Assert.Contains("general 4,000 + compute 998 + 3 control-plane = 5,001 nodes, 1 above the envelope's 5,000", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workloads_past_150_thousand_pods_at_their_maxima_are_refused_naming_the_largest()
    {
        _ = new Workload(program.Root, "web", CapacityFixture.Workload(maxReplicas: 100_000));
        _ = new Workload(program.Root, "api", CapacityFixture.Workload(maxReplicas: 50_001));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith()));

        Assert.Contains("150,001 pods over 2 Deployments, 1 above the envelope's 150,000 (largest: apps/web 100,000, apps/api 50,001)", violation.Message, StringComparison.Ordinal);
    }
}
