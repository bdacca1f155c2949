using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Stacks;

/// <summary>
/// Converts a stack file's <c>config:</c> map to the <c>PULUMI_CONFIG</c> Pulumi hands a running program:
/// a JSON object from <c>namespace:key</c> to a string, structured values as JSON text, secrets decrypted.
/// Written independently of the compiler's reader so compiler mode is checked against Pulumi's form, not its own.
/// </summary>
internal static class PulumiConfigJson
{
    /// <param name="stackFileText">The text of a Pulumi.&lt;stack&gt;.yaml.</param>
    /// <param name="decrypted">The plain text of each <c>{secure: ...}</c> value, by key, as Pulumi decrypts it.</param>
    public static string FromStackFile(string stackFileText, IReadOnlyDictionary<string, string>? decrypted = null)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(stackFileText));
        var config = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("config")];
        var result = new JsonObject();
        foreach (var (keyNode, value) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            result[key] = value switch
            {
                YamlMappingNode map when map.Children.Count == 1 && map.Children.ContainsKey(new YamlScalarNode("secure")) =>
                    decrypted?.GetValueOrDefault(key) ?? throw new ArgumentException($"{key} is a secret: pass its decrypted value"),
                YamlScalarNode scalar => scalar.Value ?? "",
                _ => ToJson(value)!.ToJsonString(),
            };
        }

        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary><paramref name="configJson"/> with <paramref name="key"/> set to the string <paramref name="value"/>.</summary>
    public static string With(string configJson, string key, string value)
    {
        var config = JsonNode.Parse(configJson)!.AsObject();
        config[key] = value;
        return config.ToJsonString();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "false" } => JsonValue.Create(false),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var text } when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentException($"unexpected YAML node {node.NodeType}"),
    };
}
