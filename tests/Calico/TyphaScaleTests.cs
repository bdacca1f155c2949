using Infra.Calico;
using Infra.Model;

namespace Infra.Tests.Calico;

/// <summary>
/// Typha's replicas are the operator's: its autoscaler counts schedulable nodes and applies GetExpectedTyphaScale
/// (tigera/operator v1.42.3 pkg/common/autoscale.go, restated below). Calico's guidance: at least 3 for availability,
/// about one per 200 nodes. The Installation writes no replica count, so the operator stays Typha's one writer.
/// </summary>
public class TyphaScaleTests
{
    /// <summary>The operator's rule: one Typha per started 200 nodes plus one spare; 1 up to 2 nodes, 2 up to 4, else at least 3.</summary>
    private static int OperatorTyphas(int nodes) => nodes switch
    {
        <= 2 => 1,
        <= 4 => 2,
        _ => Math.Max(3, (nodes / 200) + 2),
    };

    [Theory]
    [InlineData(100)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void The_operators_rule_meets_calicos_guidance_at_each_cluster_size(int nodes)
    {
        var typhas = OperatorTyphas(nodes);

        Assert.True(typhas >= 3, $"{typhas} Typhas at {nodes} nodes: fewer than 3");
        Assert.True(typhas >= (nodes + 199) / 200, $"{typhas} Typhas at {nodes} nodes: fewer than one per 200 nodes");
        Assert.True(typhas <= (nodes / 200) + 3, $"{typhas} Typhas at {nodes} nodes: more than one per 200 nodes and a spare");
    }

    [Theory]
    [InlineData(100, 3)]
    [InlineData(1_000, 7)]
    [InlineData(5_000, 27)]
    public void The_operator_runs_the_replicas_the_components_readme_states(int nodes, int typhas)
    {
        Assert.Equal(typhas, OperatorTyphas(nodes));
    }

    [Fact]
    public void The_installation_leaves_typhas_replicas_and_tolerations_to_the_operator()
    {
        var calico = new CalicoCni(new InfraProgram("test", "test").Root, "calico", new CalicoCniArgs { ClusterName = "prod", PodCidr = "100.64.0.0/10", ExpectedNodes = 5_000, LargestMaxPods = 110 });
        var fields = PropertyReader.Read(calico.Operator.Values.Installation).Select(property => property.Key).ToList();

        // controlPlaneReplicas does not scale Typha, but controlPlaneTolerations would replace Typha's tolerate-everything
        // (pkg/render/typha.go), and typhaDeployment is where a second replica writer would hide.
        Assert.DoesNotContain("controlPlaneTolerations", fields);
        Assert.DoesNotContain("typhaDeployment", fields);
    }
}
