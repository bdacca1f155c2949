using System.Diagnostics;

namespace Infra.Tests.Support;

/// <summary>
/// Runs a real tool the tests depend on (bash, shellcheck, cloud-init, systemd-analyze: Debian packages
/// the README's test command installs), with text on stdin and an environment of the test's choosing.
/// A missing tool fails the test with the fix, never skips it: a check that silently does not run
/// proves nothing.
/// </summary>
internal static class InstalledTool
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        /// <summary>Both streams, for assertion messages.</summary>
        public string Output => Out + Error;
    }

    /// <summary>Runs <paramref name="tool"/>; past <paramref name="limit"/> (a minute unless given) it and everything it started is killed.</summary>
    public static Result Run(string tool, IReadOnlyList<string> arguments, string stdin = "", IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var path = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        Assert.True(path is not null, $"'{tool}' is not installed: run the README's test command (bash .ci/test), which installs the Debian packages in .ci/apt-packages");

        var start = new ProcessStartInfo(path!) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var within = limit ?? TimeSpan.FromMinutes(1);
        if (!process.WaitForExit(within))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within {within.TotalSeconds} s and was killed with everything it started");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs <paramref name="tool"/> on <paramref name="content"/> written to a temporary file (its path is the last argument).</summary>
    public static Result RunOnFile(string tool, IReadOnlyList<string> arguments, string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{tool}-{Guid.NewGuid():N}");
        File.WriteAllText(file, content);
        try
        {
            return Run(tool, [.. arguments, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Debian's cloud-init validating a cloud-config document (`cloud-init schema`).</summary>
    public static Result CloudInitSchema(string cloudConfig) => RunOnFile("cloud-init", ["schema", "--config-file"], cloudConfig);
}
