using System.CommandLine;
using Infra.Policies.Engine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Cli;

/// <summary>
/// The <c>infra</c> command: wires options to the pipeline and maps failures to exit codes. It
/// holds no logic of its own: composition lives in Composition/, checks in policies/, output in Emit/.
/// </summary>
public static class InfraCommand
{
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Compiles Kubernetes-on-AWS stacks to Pulumi YAML, checks them against policy, renders and graphs them.");
        root.Subcommands.Add(CompileCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(PolicyCommand.Create(context));
        root.Subcommands.Add(GraphCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"infra: {error.Message}");
            }

            context.Error.WriteLine("infra: run 'infra --help' for usage");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>Runs a command body; bad input becomes one message on stderr and exit code 2, with nothing on stdout.</summary>
    internal static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (error is ConfigException or UsageException or WaiverFileException)
        {
            context.Error.WriteLine($"infra: {error.Message}");
            return ExitCodes.BadInput;
        }
    }

    internal static Option<string> StackOption() => new("--stack", "-s")
    {
        Description = "The stack: dev, staging, prod (the cluster layer) or <env>-platform (the Kubernetes layer).",
        Required = true,
    };

    internal static Option<string> ProjectDirOption() => new("--project-dir")
    {
        Description = "The Pulumi project folder holding Pulumi.<stack>.yaml and policies/ (default: the current folder).",
    };
}
