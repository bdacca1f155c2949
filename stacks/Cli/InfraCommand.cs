using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Infra.Policies.Engine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Cli;

/// <summary>
/// The <c>infra</c> command: wires options to the pipeline and maps failures to exit codes. It
/// holds no logic of its own: composition lives in Composition/, checks in policies/, output in Emit/.
/// </summary>
public static partial class InfraCommand
{
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Compiles Kubernetes-on-AWS stacks to Pulumi YAML, checks them against policy, renders and graphs them, lists what they ask AWS for and the order to roll their stateful machines.");
        root.Subcommands.Add(CompileCommand.Create(context));
        root.Subcommands.Add(SynthCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(PolicyCommand.Create(context));
        root.Subcommands.Add(GraphCommand.Create(context));
        root.Subcommands.Add(BomCommand.Create(context));
        root.Subcommands.Add(RolloutCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            context.Error.WriteLine($"infra: {string.Join("; ", parsed.Errors.Select(Describe))}: run 'infra --help' for usage");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>Runs a command body; bad input becomes its messages on stderr and exit code 2, with nothing on stdout.</summary>
    internal static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception error) when (error is ConfigException or UsageException or WaiverFileException)
        {
            // One line per problem, each marked as infra's, so a list of config problems reads like a single one.
            IReadOnlyList<string> problems = error is ConfigException config ? config.Problems : [error.Message];
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"infra: {problem}");
            }

            return ExitCodes.BadInput;
        }
    }

    internal static Option<string> StackOption()
    {
        var option = new Option<string>("--stack", "-s")
        {
            Description = "The stack: dev, staging, prod (the cluster layer) or <env>-platform (the Kubernetes layer).",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            // Pulumi's own rule for stack names; it also keeps the name from reaching outside the project folder.
            if (result.GetValueOrDefault<string>() is { } name && !StackNamePattern().IsMatch(name))
            {
                result.AddError($"--stack '{name}' is not a stack name: use letters, digits, '-', '_' and '.' only, e.g. prod or prod-platform");
            }
        });
        return option;
    }

    internal static Option<string> ProjectDirOption() => new("--project-dir")
    {
        Description = "The Pulumi project folder holding Pulumi.<stack>.yaml and policies/ (default: the current folder).",
    };

    /// <summary>One line naming the option at fault (when the parser's message does not) and what it said.</summary>
    private static string Describe(ParseError error)
    {
        var message = Whitespace().Replace(error.Message, " ").Trim().TrimEnd('.');
        for (var result = error.SymbolResult; result is not null; result = result.Parent)
        {
            if (result is OptionResult { Option.Name: var name } && !message.Contains(name, StringComparison.Ordinal))
            {
                return $"{name}: {message}";
            }
        }

        return message;
    }

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?!.*\.\.)[A-Za-z0-9_.-]+$")]
    private static partial Regex StackNamePattern();
}
