using Infra.Model;

namespace Infra.Emit.PulumiYaml;

/// <summary>
/// Writes an <see cref="InfraProgram"/> as a Pulumi YAML program: name, runtime, description,
/// config declarations, resources (sorted by logical name) and outputs (sorted by name).
/// Deterministic: the same model gives the same bytes.
/// </summary>
public static class PulumiYamlEmitter
{
    public static void Write(InfraProgram program, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(program);
        PulumiYamlBlocklist.Check(program);
        var document = new OrderedMap()
            .Add("name", program.Name)
            .Add("runtime", "yaml")
            .Add("description", program.Description);

        if (program.Config.Count > 0)
        {
            var config = new OrderedMap();
            foreach (var variable in program.Config.Values)
            {
                config.Add(variable.Name, new OrderedMap().Add("type", variable.Type).Add("secret", variable.Secret ? true : null));
            }

            document.Add("config", config);
        }

        if (program.Variables.Count > 0)
        {
            document.Add("variables", new OrderedEntries(program.Variables.Values.Select(v => KeyValuePair.Create(v.Name, v.Value))));
        }

        document.Add("resources", new OrderedEntries(program.Resources
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => KeyValuePair.Create(r.Name, (object)Resource(r)))));

        if (program.Outputs.Count > 0)
        {
            var outputs = new OrderedMap();
            foreach (var stackOutput in program.Outputs.Values)
            {
                outputs.Add(stackOutput.Name, stackOutput.Secret ? new FunctionCall("fn::secret", stackOutput.Value) : stackOutput.Value);
            }

            document.Add("outputs", outputs);
        }

        new YamlWriter(output, PulumiYamlDialect.Instance).WriteDocument(document);
    }

    public static string ToYaml(InfraProgram program)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(program, writer);
        return writer.ToString();
    }

    private static OrderedMap Resource(Resource resource)
    {
        var entry = new OrderedMap().Add("type", resource.Type);
        if (PropertyReader.Properties(resource.Args.GetType()).Any(p => p.ValueOf(resource.Args) is not null))
        {
            entry.Add("properties", resource.Args);
        }

        var options = Options(resource.Options);
        if (options.Count > 0)
        {
            entry.Add("options", options);
        }

        return entry;
    }

    private static OrderedMap Options(ResourceOptions options)
    {
        static object[]? References(IReadOnlyList<Resource> resources) =>
            resources.Count == 0 ? null : resources.Select(r => (object)r.AsReference()).ToArray();

        static object? Flag(bool value) => value ? true : null;

        static string[]? Names(IReadOnlyList<string> names) => names.Count == 0 ? null : names.ToArray();

        return new OrderedMap()
            .Add("provider", options.Provider?.AsReference())
            .Add("parent", options.Parent?.AsReference())
            .Add("dependsOn", References(options.DependsOn))
            .Add("protect", Flag(options.Protect))
            .Add("deleteBeforeReplace", Flag(options.DeleteBeforeReplace))
            .Add("ignoreChanges", Names(options.IgnoreChanges))
            .Add("additionalSecretOutputs", Names(options.AdditionalSecretOutputs))
            .Add("version", options.Version);
    }
}
