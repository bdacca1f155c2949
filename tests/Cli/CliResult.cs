namespace Infra.Tests.Cli;

/// <summary>What one run of the infra command left behind: its exit code and everything it wrote.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Both streams, for assertions that something appears nowhere.</summary>
    public string AllOutput => Out + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
