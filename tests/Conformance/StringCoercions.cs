using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Conformance;

/// <summary>
/// The properties where our programs put a number into a string-typed input, which Pulumi YAML accepts
/// (its type checker converts a number to the string the provider declares) and TypeScript does not.
/// Only these, each listed with why the number is meant: everywhere else a number for a string stays an error.
/// </summary>
internal static class StringCoercions
{
    /// <summary>(type token, dotted property path) pairs whose value Pulumi YAML converts to a string.</summary>
    private static readonly (string Token, string Path)[] Coerced =
    [
        // The node pool's group follows its launch template's latestVersion (a number) so every template
        // change starts an instance refresh; the provider declares the version a string ("$Latest" or "3").
        ("aws:autoscaling/group:Group", "launchTemplate.version"),
        ("aws:autoscaling/group:Group", "mixedInstancesPolicy.launchTemplate.launchTemplateSpecification.version"),
    ];

    /// <summary>The value nodes within <paramref name="properties"/> of a <paramref name="token"/> resource that are converted.</summary>
    public static IReadOnlySet<YamlNode> In(string token, YamlNode? properties)
    {
        var nodes = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        foreach (var (_, path) in Coerced.Where(c => c.Token == token))
        {
            if (At(properties, path) is { } node)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    private static YamlNode? At(YamlNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(segment), out node))
            {
                return null;
            }
        }

        return node;
    }
}
