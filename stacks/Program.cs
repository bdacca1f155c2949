using Infra.Stacks.Cli;

return InfraCommand.Run(args, CliContext.FromProcess());
