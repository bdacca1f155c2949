using System.CommandLine;
using Infra.Emit.PulumiYaml;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra synth --stack S</c>: the same program compiler mode prints, from Pulumi.&lt;stack&gt;.yaml, offline.</summary>
public static class SynthCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var output = new Option<string>("--out", "-o") { Description = "Write the program to this file (atomically) instead of stdout." };
        var command = new Command("synth", "Prints the stack's Pulumi YAML program, byte-identical to what Pulumi runs.") { stack, projectDir, output };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, parse.GetValue(stack)!, context.Clock);
            if (parse.GetValue(output) is not { } file)
            {
                return CompileCommand.Emit(synthesis, context, context.Out);
            }

            using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var code = CompileCommand.Emit(synthesis, context, buffer);
            if (code == ExitCodes.Ok)
            {
                AtomicOutput.WriteFile(file, buffer.ToString());
            }

            return code;
        }));
        return command;
    }
}
