using System.CommandLine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Cli;

/// <summary><c>infra rollout --stack S</c>: the one-machine-per-update sequence of <c>infra:rollout</c> values for the stack, with the check between steps.</summary>
public static class RolloutCommand
{
    public static Command Create(CliContext context)
    {
        var stack = InfraCommand.StackOption();
        var projectDir = InfraCommand.ProjectDirOption();
        var command = new Command("rollout", "Prints the order to roll the stack's etcd members and control-plane nodes, one per update, with the health check between steps.") { stack, projectDir };
        command.SetAction(parse => InfraCommand.Guard(context, () =>
        {
            var name = parse.GetValue(stack)!;
            var config = StackConfigLoader.FromStackFile(parse.GetValue(projectDir) ?? context.WorkingDirectory, name);
            context.Out.Write(RolloutSequence.Write(name, config));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
