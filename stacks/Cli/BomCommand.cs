using System.CommandLine;
using Infra.Emit.Bom;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra bom --stack S</c>: the stack's instances, volumes, load balancers and addresses, and the service quotas they need, as Markdown.</summary>
public static class BomCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var command = new Command("bom", "Prints the stack's bill of materials and the service quotas it needs, as Markdown.") { stack, projectDir };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var name = parse.GetValue(stack)!;
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, name, context.Clock);
            context.Out.Write(BillOfMaterialsMarkdown.Write(name, BillOfMaterials.Of(synthesis.Program)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
