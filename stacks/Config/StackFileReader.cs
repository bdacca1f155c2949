using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads the <c>config:</c> map of a <c>Pulumi.&lt;stack&gt;.yaml</c> into raw values: scalars as text,
/// <c>{secure: ...}</c> as a set secret (ciphertext dropped), other maps and lists as JSON nodes typed the way
/// Pulumi would serialize them into <c>PULUMI_CONFIG</c> (plain numbers and booleans as such, quoted scalars as strings).
/// Before the document is built, its events are scanned: anchors and aliases, nesting deeper than any config value needs
/// and files larger than any stack needs are refused, so a hostile file (an alias bomb expands a few hundred bytes into
/// gigabytes) costs a scan, not the machine.
/// </summary>
internal static class StackFileReader
{
    /// <summary>Largest stack file read: the reference files are under 1 KB; 1 MiB leaves room for hundreds of pools.</summary>
    public const int MaxFileChars = 1 << 20;

    /// <summary>Deepest nesting of maps and lists read: the deepest config value (a pool list inside nodePools) needs 4 levels
    /// below the document; 16 leaves room and keeps recursion over the value shallow.</summary>
    public const int MaxNesting = 16;

    public static Dictionary<string, RawConfigValue> Read(string fileName, string text)
    {
        if (text.Length > MaxFileChars)
        {
            throw new ConfigException($"{fileName}: is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than the {MaxFileChars.ToString("N0", CultureInfo.InvariantCulture)} a stack file may have: keep only `config:` and its keys in it");
        }

        var stream = new YamlStream();
        try
        {
            RefuseAliasesAndDeepNesting(fileName, text);
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

    /// <summary>Anchors and aliases repeat values by reference; Pulumi's own config commands never write them, and expanding
    /// them is what makes an alias bomb, so they are refused rather than expanded.</summary>
    private static void RefuseAliasesAndDeepNesting(string fileName, string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    throw new ConfigException($"{fileName}: line {alias.Start.Line}, column {alias.Start.Column}: a YAML alias (*{ConfigReport.Cap(alias.Value.Value)}) repeats another value: write the value out; stack files take no anchors or aliases");
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    throw new ConfigException($"{fileName}: line {anchored.Start.Line}, column {anchored.Start.Column}: a YAML anchor (&{ConfigReport.Cap(anchored.Anchor.Value)}): remove it; stack files take no anchors or aliases");
                case MappingStart or SequenceStart when ++depth > MaxNesting:
                    throw new ConfigException($"{fileName}: line {parser.Current.Start.Line}, column {parser.Current.Start.Column}: maps and lists nest deeper than {MaxNesting} levels: no config key takes values nested this deep; check the indentation and brackets there");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
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
