using Infra.Tests.Policies.Support;
using System.Collections;
using System.Globalization;
using Infra.Stacks.Cli;
using Infra.Tests.Support;

namespace Infra.Tests.Cli;

/// <summary>Runs the infra command in-process, with its own streams, environment and a fixed day.</summary>
internal static class InfraCli
{
    /// <summary>The day every run sees: waivers expiring later are in force.</summary>
    public static DateOnly Today { get; } = new(2026, 1, 15);

    /// <summary>Runs in the repository's own project folder with an empty environment.</summary>
    public static CliResult Run(params string[] args) => RunIn(RepositoryRoot.Path, new Hashtable(), args);

    public static CliResult RunIn(string workingDirectory, IDictionary environment, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = InfraCommand.Run(args, new CliContext(output, error, environment, workingDirectory, new FixedTime(Today)));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The environment Pulumi gives the compiler for <paramref name="stack"/> with the given config.</summary>
    public static Hashtable PulumiEnvironment(string stack, string configJson) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_CONFIG"] = configJson,
    };
}
