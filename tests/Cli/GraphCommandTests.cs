namespace Infra.Tests.Cli;

public class GraphCommandTests
{
    private static readonly CliResult Graph = InfraCli.Run("graph", "--stack", "prod");

    [Fact]
    public void Graph_prints_a_Mermaid_flowchart_and_nothing_else()
    {
        Assert.True(Graph.ExitCode == 0, Graph.ToString());
        Assert.StartsWith("flowchart LR\n", Graph.Out, StringComparison.Ordinal);
        Assert.Equal("", Graph.Error);
    }

    [Fact]
    public void A_stack_with_mandatory_findings_exits_1_with_the_findings_and_prints_no_graph()
    {
        using var project = new TempProject();
        project.WithConfigLine("prod", "infra:natMode", "infra:natMode: single");

        var result = project.Run("graph", "--stack", "prod");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains("MANDATORY AWS-006", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_has_an_edge_to_the_vpc_it_references()
    {
        Assert.Contains("\n  r_network_private_a --> r_network_vpc\n", Graph.Out, StringComparison.Ordinal);
    }
}
