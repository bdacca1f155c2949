using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Infra.Tests.Conformance;

/// <summary>
/// Runs the TypeScript compiler (strict, no emit) once over many translated programs, one file
/// each, in a scratch folder inside tests/provider-sdks so the SDKs in its node_modules resolve.
/// Loading the SDKs' declarations is most of the cost, so every program shares one run.
/// </summary>
internal static class TypeScriptChecker
{
    /// <summary>A cold run over the full aws and kubernetes SDKs takes seconds; minutes means something hangs.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The compiler's errors, by program name (every program has an entry).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<TscDiagnostic>> Check(IReadOnlyList<TypeScriptProgram> programs)
    {
        var compiler = ConformanceWorkspace.CompilerScript;
        var scratch = Path.Combine(ConformanceWorkspace.Directory, ".check-" + Path.GetRandomFileName());
        Directory.CreateDirectory(scratch);
        try
        {
            var files = programs.Select((program, index) => (program, file: $"p{index:D3}.ts")).ToList();
            foreach (var (program, file) in files)
            {
                File.WriteAllText(Path.Combine(scratch, file), $"// Program {program.Name}, translated from Pulumi YAML.\n{program.Text}");
            }

            var fileList = string.Join(", ", files.Select(f => TypeScriptNames.StringLiteral(f.file)));
            File.WriteAllText(Path.Combine(scratch, "tsconfig.json"), $"{{\n  \"extends\": \"../tsconfig.json\",\n  \"files\": [{fileList}]\n}}\n");

            var output = RunCompiler(compiler, scratch);
            var diagnostics = TscDiagnostic.ParseAll(output);
            if (diagnostics.FirstOrDefault(d => d.File is null || !files.Any(f => f.file == d.File)) is { } stray)
            {
                throw new InvalidOperationException($"tsc failed outside the checked programs ({stray.Code}: {stray.Message}):\n{output}");
            }

            // The header line added above shifts every line of a program by one.
            return files.ToDictionary(
                f => f.program.Name,
                f => (IReadOnlyList<TscDiagnostic>)diagnostics.Where(d => d.File == f.file).Select(d => d with { Line = d.Line - 1 }).ToList(),
                StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string RunCompiler(string compiler, string workingDirectory)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { compiler, "-p", "tsconfig.json", "--pretty", "false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartNode(start);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tsc did not finish within {Timeout.TotalMinutes} minutes in {workingDirectory}.");
        }

        process.WaitForExit(); // drains the asynchronous readers
        // Exit codes: 0 clean, 1 or 2 with diagnostics on stdout; anything else is the compiler failing.
        return process.ExitCode is 0 or 1 or 2 && stderr.Length == 0
            ? stdout.ToString()
            : throw new InvalidOperationException($"tsc exited with {process.ExitCode}:\n{stdout}{stderr}");
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("The conformance check runs the TypeScript compiler with `node`, which is not on PATH.", error);
        }
    }
}
