using System.CommandLine;
using Infra.Emit.Graph;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra graph --stack S</c>: the resource graph as a Mermaid flowchart; a stack with mandatory findings gets the findings and exit 1 instead.</summary>
public static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var command = new Command("graph", "Prints the stack's resource graph as Mermaid.") { stack, projectDir };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, parse.GetValue(stack)!, context.Clock);
            if (MandatoryFindingsGate.Blocks(synthesis, context))
            {
                return ExitCodes.PolicyFailed;
            }

            context.Out.Write(MermaidGraphEmitter.Write(synthesis.Program));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
