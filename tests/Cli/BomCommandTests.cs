namespace Infra.Tests.Cli;

public class BomCommandTests
{
    [Fact]
    public void Bom_counts_each_prod_node_pool_from_its_minimum_to_its_seed_maximum()
    {
        var bom = InfraCli.Run("bom", "--stack", "prod");

        Assert.True(bom.ExitCode == 0, bom.ToString());
        Assert.StartsWith("# Bill of materials: stack prod\n", bom.Out, StringComparison.Ordinal);
        Assert.Contains("| node-pools-general-group | Auto Scaling group | m6i.xlarge or m6a.xlarge | 3 | 3 | 584 |\n", bom.Out, StringComparison.Ordinal);
        Assert.Contains("| node-pools-gpu-group | Auto Scaling group | g4dn.xlarge | 0 | 0 | 32 |\n", bom.Out, StringComparison.Ordinal);
        Assert.Equal("", bom.Error);
    }

    [Fact]
    public void Bom_of_a_platform_stack_says_it_asks_AWS_for_nothing()
    {
        var bom = InfraCli.Run("bom", "--stack", "prod-platform");

        Assert.True(bom.ExitCode == 0, bom.ToString());
        Assert.Contains("asks AWS for no machines", bom.Out, StringComparison.Ordinal);
    }
}
