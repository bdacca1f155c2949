using System.CommandLine;
using Infra.Emit.PulumiYaml;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary>
/// The compiler entry Pulumi runs (<c>Pulumi.yaml</c>: <c>compiler: stacks/out/infra compile</c>).
/// With <c>PULUMI_STACK</c> set it prints that stack's program; without it (plugin discovery) it
/// prints a program naming every package any stack uses, pinned. Mandatory policy findings go to
/// stderr with exit code 1, which stops <c>pulumi preview</c> and <c>pulumi up</c> before anything is created.
/// </summary>
public static class CompileCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("compile", "Pulumi's compiler entry: reads PULUMI_STACK and PULUMI_CONFIG, prints the program.");
        command.SetAction(_ => InfraCommand.Guard(context, () =>
        {
            if (context.Environment["PULUMI_STACK"] is not string stack || stack.Length == 0)
            {
                context.Out.Write(PulumiYamlEmitter.ToYaml(PluginDiscoveryProgram.Create()));
                return ExitCodes.Ok;
            }

            var synthesis = StackPipeline.FromPulumiEnvironment(context.Environment, context.WorkingDirectory, context.Clock);
            return Emit(synthesis, context, context.Out);
        }));
        return command;
    }

    /// <summary>Prints the program, or the mandatory findings and exit code 1; the program is built whole before anything is written.</summary>
    internal static int Emit(StackSynthesis synthesis, CliContext context, TextWriter destination)
    {
        if (MandatoryFindingsGate.Blocks(synthesis, context))
        {
            return ExitCodes.PolicyFailed;
        }

        destination.Write(PulumiYamlEmitter.ToYaml(synthesis.Program));
        return ExitCodes.Ok;
    }
}
