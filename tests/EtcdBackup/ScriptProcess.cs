using System.Diagnostics;

namespace Infra.Tests.EtcdBackup;

/// <summary>Runs a tool of the test machine (bash, shellcheck) with text on stdin and an environment of the test's choosing.</summary>
internal static class ScriptProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>Fails the test (not skips it) when <paramref name="tool"/> is not installed.</summary>
    public static Result Run(string tool, IReadOnlyList<string> arguments, string stdin = "", IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed ({error.Message}): run the README's test command (.ci/test), which installs the Debian packages in .ci/apt-packages", error);
        }

        using (process)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, errors.Result);
        }
    }
}
