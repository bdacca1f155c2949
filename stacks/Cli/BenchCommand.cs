using System.CommandLine;
using System.Diagnostics;
using Infra.Emit.PulumiYaml;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary>
/// <c>infra bench --workloads N --out FILE</c>: N workloads through the whole pipeline (model,
/// policies, emitter, file), mirroring ../shared/anchors/cdk8s-synth.js object for object so the
/// two can be compared as whole processes (<c>/usr/bin/time -v</c>). Timings go to stderr.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var workloads = new Option<int>("--workloads", "-n") { Description = "How many workloads (each a Deployment, Service, HPA and PDB).", DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the program.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "infra-bench.yaml") };
        var command = new Command("bench", "Synthesizes N workloads through the full pipeline and reports time and memory.") { workloads, output };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var count = parse.GetValue(workloads);
            if (count is < 1 or > 100_000)
            {
                throw new UsageException($"--workloads {count} is out of range: use 1 to 100000");
            }

            var file = parse.GetValue(output)!;
            _ = AtomicOutput.FileParent(file);

            var clock = Stopwatch.StartNew();
            var synthesis = BenchProgram.Synthesize(count, context.Clock);
            var built = clock.Elapsed;
            using (var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16))
            {
                PulumiYamlEmitter.Write(synthesis.Program, writer);
            }

            context.Error.WriteLine(
                $"bench: {count} workloads, {synthesis.Program.Resources.Count} resources, {synthesis.Report.Findings.Count} findings; "
                + $"model+policies {built.TotalMilliseconds:F0} ms, total {clock.Elapsed.TotalMilliseconds:F0} ms, "
                + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
