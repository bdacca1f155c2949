using System.CommandLine;
using Infra.Policies.Reporting;
using Infra.Stacks.Composition;

namespace Infra.Stacks.Cli;

/// <summary><c>infra policy --stack S --format text|json|markdown</c>: every finding, advisory and mandatory; exit 1 on mandatory.</summary>
public static class PolicyCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var format = new Option<string>("--format", "-f") { Description = "text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("policy", "Checks the stack against its policies and prints the findings.") { stack, projectDir, format };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var synthesis = StackPipeline.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, parse.GetValue(stack)!, context.Clock);
            context.Out.Write(PolicyReporters.For(parse.GetValue(format)!).Write(synthesis.Report));
            return synthesis.Report.HasMandatory ? ExitCodes.PolicyFailed : ExitCodes.Ok;
        }));
        return command;
    }
}
