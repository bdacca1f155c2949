using System.Collections;

namespace Infra.Stacks.Config;

/// <summary>
/// Loads a stack's <see cref="StackConfig"/> from either input path; both feed one parser, so the same settings
/// give an equal result. Throws <see cref="ConfigException"/> listing every problem, one per line.
/// </summary>
public static class StackConfigLoader
{
    /// <summary>Offline: reads <c>Pulumi.&lt;stack&gt;.yaml</c> in the project folder. Secrets are noted as set, never decrypted.</summary>
    public static StackConfig FromStackFile(string projectDir, string stack)
    {
        var fileName = $"Pulumi.{stack}.yaml";
        var path = Path.Combine(projectDir, fileName);
        if (!File.Exists(path))
        {
            throw new ConfigException($"{fileName}: not found in {Path.GetFullPath(projectDir)}: create it with `pulumi stack init {stack}` and `pulumi config set infra:environment <dev|staging|prod>` (plus aws:region, infra:owner, infra:costCenter), or copy an example stack file");
        }

        return Parse(fileName, stack, StackFileReader.Read(fileName, File.ReadAllText(path)));
    }

    /// <summary>Under Pulumi: reads <c>PULUMI_STACK</c> and <c>PULUMI_CONFIG</c> (and <c>PULUMI_CONFIG_SECRET_KEYS</c> if set)
    /// from <paramref name="environment"/>, such as <see cref="Environment.GetEnvironmentVariables()"/>.</summary>
    public static StackConfig FromEnvironment(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var stack = environment["PULUMI_STACK"] as string;
        var config = environment[PulumiConfigReader.Source] as string;
        if (string.IsNullOrEmpty(stack) || string.IsNullOrEmpty(config))
        {
            var missing = string.IsNullOrEmpty(stack) ? "PULUMI_STACK" : PulumiConfigReader.Source;
            throw new ConfigException($"{missing}: not set: run the compiler through `pulumi preview` or `pulumi up`, or offline with a stack name to read Pulumi.<stack>.yaml");
        }

        // Pulumi passes the bare stack name; accept an organization/project/stack form too.
        var stackName = stack[(stack.LastIndexOf('/') + 1)..];
        return Parse(PulumiConfigReader.Source, stackName, PulumiConfigReader.Read(config, environment["PULUMI_CONFIG_SECRET_KEYS"] as string));
    }

    /// <summary>The common path: raw values of one stack, named by <paramref name="source"/> in messages.</summary>
    public static StackConfig Parse(string source, string stack, IReadOnlyDictionary<string, RawConfigValue> values) =>
        new StackConfigParser(source, stack, values).Parse();
}
