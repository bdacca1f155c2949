using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>Reads an emitted Pulumi YAML program's resources, independently of the emitter.</summary>
internal static class ProgramYaml
{
    /// <summary>Each resource's logical name and its node (type, properties, options).</summary>
    public static IReadOnlyDictionary<string, YamlMappingNode> Resources(string program)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(program));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlMappingNode)root.Children[new YamlScalarNode("resources")]).Children
            .ToDictionary(r => ((YamlScalarNode)r.Key).Value!, r => (YamlMappingNode)r.Value, StringComparer.Ordinal);
    }

    public static string TypeOf(YamlMappingNode resource) => Text(resource, "type")!;

    /// <summary>The scalar at a dotted path such as <c>options.version</c>, or null when absent.</summary>
    public static string? Text(YamlMappingNode node, string path)
    {
        YamlNode current = node;
        foreach (var segment in path.Split('.'))
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(segment), out var next))
            {
                return null;
            }

            current = next;
        }

        return (current as YamlScalarNode)?.Value;
    }

    /// <summary>The package a type token belongs to: <c>aws</c> for <c>aws:ec2/vpc:Vpc</c> and for
    /// <c>pulumi:providers:aws</c>; null for Pulumi's built-ins (<c>pulumi:pulumi:StackReference</c>).</summary>
    public static string? PackageOf(string typeToken)
    {
        var parts = typeToken.Split(':');
        return parts[0] switch
        {
            "pulumi" when parts[1] == "providers" => parts[2],
            "pulumi" => null,
            _ => parts[0],
        };
    }
}
