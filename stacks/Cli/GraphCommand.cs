using System.CommandLine;
using Infra.Emit.Graph;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra graph --stack S</c>: the resource graph as a Mermaid flowchart.</summary>
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
            context.Out.Write(MermaidGraphEmitter.Write(synthesis.Program));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
