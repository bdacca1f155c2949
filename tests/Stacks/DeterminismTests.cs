using System.Diagnostics;
using Infra.Tests.Cli;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public class DeterminismTests
{
    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Synthesizing_a_stack_twice_gives_identical_bytes(string stack)
    {
        var first = InfraCli.Run("synth", "--stack", stack);
        var second = InfraCli.Run("synth", "--stack", stack);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task A_fresh_process_prints_the_same_program_as_an_in_process_run()
    {
        var infra = Path.Combine(AppContext.BaseDirectory, "infra.dll");
        var start = new ProcessStartInfo("dotnet", [infra, "synth", "--stack", "prod"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("PULUMI_STACK");
        start.Environment.Remove("PULUMI_CONFIG");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(InfraCli.Run("synth", "--stack", "prod").Out, output);
    }
}
