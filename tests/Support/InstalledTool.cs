using System.Diagnostics;

namespace Infra.Tests.Support;

/// <summary>
/// Runs a real tool the tests depend on (a Debian package the README's test command installs). A
/// missing tool fails the test with the fix, never skips it: a check that silently does not run
/// proves nothing.
/// </summary>
internal static class InstalledTool
{
    public static (int ExitCode, string Output) Run(string tool, string package, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        Assert.True(path is not null, $"'{tool}' is not installed: run the README's test command (bash .ci/test), which installs the Debian package '{package}'");

        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"{tool} did not finish within a minute");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
