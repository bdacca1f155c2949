using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads the <c>config:</c> map of a <c>Pulumi.&lt;stack&gt;.yaml</c> into raw values: scalars as text,
/// <c>{secure: ...}</c> as a set secret (ciphertext dropped), other maps and lists as JSON nodes typed the way
/// Pulumi would serialize them into <c>PULUMI_CONFIG</c> (plain numbers and booleans as such, quoted scalars as strings).
/// </summary>
internal static class StackFileReader
{
    public static Dictionary<string, RawConfigValue> Read(string fileName, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigException($"{fileName}: line {e.Start.Line}, column {e.Start.Column}: malformed YAML ({e.InnerException?.Message ?? e.Message}): fix the syntax there, e.g. check indentation and quoting");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a position) on a flow list or map left open at the end of a line.
            throw new ConfigException($"{fileName}: malformed YAML: fix the syntax, e.g. close every '[' with ']' and every '{{' with '}}', and check indentation and quoting");
        }

        var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal);
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is null)
        {
            return values;
        }

        if (root is not YamlMappingNode document)
        {
            throw new ConfigException($"{fileName}: the file is not a YAML map: write `config:` followed by indented `namespace:key: value` lines");
        }

        if (!document.Children.TryGetValue(new YamlScalarNode("config"), out var config) || config is YamlScalarNode { Value: null or "" })
        {
            return values;
        }

        if (config is not YamlMappingNode configMap)
        {
            throw new ConfigException($"{fileName}: line {config.Start.Line}: config: is not a map: write one `namespace:key: value` per indented line");
        }

        foreach (var (keyNode, valueNode) in configMap.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new ConfigException($"{fileName}: line {keyNode.Start.Line}: a config key is not a name: write keys as namespace:key");
            }

            values[key] = valueNode switch
            {
                YamlMappingNode map when IsSecure(map) => RawSecret.Instance,
                YamlScalarNode scalar => new RawText(scalar.Value ?? ""),
                _ => new RawStructured(ToJson(valueNode)!),
            };
        }

        return values;
    }

    /// <summary>Pulumi's encrypted value: a map with the single key <c>secure</c>.</summary>
    private static bool IsSecure(YamlMappingNode map) =>
        map.Children.Count == 1 && map.Children.Keys.Single() is YamlScalarNode { Value: "secure" };

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map when IsSecure(map) => JsonValue.Create(ConfigReport.SecretMask),
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => ToJson(scalar),
        _ => null,
    };

    /// <summary>YAML 1.2 core schema for plain scalars; quoted scalars stay strings.</summary>
    private static JsonValue? ToJson(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) => JsonValue.Create(real),
            _ => JsonValue.Create(text),
        };
    }
}
