using System.Collections;

namespace Infra.Stacks.Cli;

/// <summary>What a command reads from and writes to, so commands run the same in tests and in a shell.</summary>
/// <param name="Out">Standard output: programs, reports, graphs; nothing else.</param>
/// <param name="Error">Standard error: errors and findings.</param>
/// <param name="Environment">Process environment (PULUMI_STACK, PULUMI_CONFIG, ...).</param>
/// <param name="WorkingDirectory">The project folder unless --project-dir says otherwise.</param>
/// <param name="Clock">Today's date for waiver expiry.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, IDictionary Environment, string WorkingDirectory, TimeProvider Clock)
{
    public static CliContext FromProcess() => new(
        Console.Out,
        Console.Error,
        System.Environment.GetEnvironmentVariables(),
        Directory.GetCurrentDirectory(),
        TimeProvider.System);
}
