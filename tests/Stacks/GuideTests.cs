using System.Collections;
using System.Text.RegularExpressions;
using Infra.Tests.Cli;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

/// <summary>
/// stacks/GUIDE.md, from an empty AWS account to both stacks up: every block fenced as <c>```bash offline</c> runs
/// here, from the repository root, with <c>infra</c> resolved to the CLI this test build carries, and must exit 0.
/// A guide command that drifts from the CLI fails its block.
/// </summary>
public partial class GuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "stacks", "GUIDE.md"));

    private static IReadOnlyList<string> Blocks => OfflineBlock().Matches(Guide).Select(m => m.Groups["body"].Value).ToList();

    /// <summary>Each offline block, numbered in the order it appears.</summary>
    public static TheoryData<int, string> OfflineBlocks
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var (block, index) in Blocks.Select((block, index) => (block, index)))
            {
                data.Add(index + 1, block);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OfflineBlocks))]
    public void An_offline_block_of_the_guide_exits_0(int number, string block)
    {
        // A shell function, so `infra` works in pipelines and loops as the published command would.
        var infra = $"infra() {{ \"${{DOTNET_HOST_PATH:-dotnet}}\" '{Path.Combine(AppContext.BaseDirectory, "infra.dll")}' \"$@\"; }}";

        var run = InstalledTool.Run("bash", ["-euo", "pipefail", "-c", $"{infra}\ncd '{RepositoryRoot.Path}'\n{block}"]);

        Assert.True(run.ExitCode == 0, $"offline block {number} of stacks/GUIDE.md exited {run.ExitCode}:\n{block}\n--- output ---\n{run.Output}");
    }

    [Theory]
    [InlineData("infra synth --stack")]
    [InlineData("infra policy --stack")]
    [InlineData("infra bom --stack")]
    [InlineData("infra render --stack")]
    public void The_guide_runs_each_offline_command_it_teaches(string command)
    {
        Assert.Contains(Blocks, block => block.Contains(command, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("secretsprovider: awskms://alias/pulumi-secrets?region=eu-west-1\nencryptedkey: AQICAHhLz0Ng==\n")]
    [InlineData("encryptionsalt: v1:7fBp0Ml3Yp0=:v1:dGVzdA==:dGVzdA==\n")]
    public void A_stack_file_that_pulumi_stack_init_added_its_secrets_provider_to_still_synthesizes(string addedByStackInit)
    {
        using var project = new TempProject();
        File.AppendAllText(project.StackFile("prod"), addedByStackInit);

        var synth = InfraCli.RunIn(project.Root, new Hashtable(), "synth", "--stack", "prod");

        Assert.True(synth.ExitCode == 0, synth.ToString());
    }

    [GeneratedRegex(@"^```bash offline\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex OfflineBlock();
}
