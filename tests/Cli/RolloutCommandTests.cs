using Infra.Tests.Support;

namespace Infra.Tests.Cli;

public class RolloutCommandTests
{
    [Fact]
    public void Rollout_prints_the_prod_sequence_from_the_stack_file()
    {
        var rollout = InfraCli.Run("rollout", "--stack", "prod");

        Assert.True(rollout.ExitCode == 0, rollout.ToString());
        Assert.StartsWith("# Rolling stack prod: one machine per update.", rollout.Out, StringComparison.Ordinal);
        Assert.Contains("\n1. etcd-a\n", rollout.Out, StringComparison.Ordinal);
        Assert.Equal("", rollout.Error);
    }

    [Fact]
    public void Rollout_of_a_platform_stack_is_bad_input_with_nothing_printed()
    {
        var rollout = InfraCli.Run("rollout", "--stack", "prod-platform");

        Assert.Equal(2, rollout.ExitCode);
        Assert.Equal("", rollout.Out);
        Assert.Contains("infra: stack prod-platform is a Kubernetes layer", rollout.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_points_from_its_rollout_section_to_the_command()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        var section = readme[readme.IndexOf("## Rolling etcd and the control plane", StringComparison.Ordinal)..].Split("\n## ")[0];

        Assert.Contains("`infra rollout --stack <stack>`", section, StringComparison.Ordinal);
    }
}
