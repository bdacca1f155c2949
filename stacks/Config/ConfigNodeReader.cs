using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Network;

namespace Infra.Stacks.Config;

/// <summary>
/// Typed reads of config values and of the parts of structured values; every failed read adds one problem to
/// the report and returns null, so one pass finds every problem.
/// </summary>
internal sealed class ConfigNodeReader(ConfigReport report, IReadOnlyDictionary<string, RawConfigValue> values)
{
    /// <summary>Keys reported as a whole, read as unset from then on.</summary>
    private readonly HashSet<string> setAside = new(StringComparer.Ordinal);

    public ConfigReport Report => report;

    public bool IsSet(ConfigKey key) => Value(key) is not null;

    /// <summary>
    /// Reads <paramref name="key"/> as unset from now on: it is already reported as a whole (set on a layer that does not
    /// read it), and the problems inside its value would only bury that one report.
    /// </summary>
    public void SetAside(string key) => setAside.Add(key);

    /// <summary>The text of a scalar key; null when unset or unusable (reported).</summary>
    public string? Text(ConfigKey key)
    {
        switch (Value(key))
        {
            case RawText text:
                return text.Value;
            case RawStructured structured:
                report.Bad(key.FullName, ConfigReport.Show(structured.Node), $"is a {Kind(structured.Node)}, not a single value: write one value such as {key.Example}");
                return null;
            case RawSecret when !key.Secret:
                RefuseSecret(key);
                return null;
            default:
                return null;
        }
    }

    /// <summary>The compiler never decrypts secrets, so a key it must read cannot be one.</summary>
    public void RefuseSecret(ConfigKey key) =>
        report.Bad(key.FullName, ConfigReport.SecretMask, $"is stored as a secret but is not secret and must be read: run `pulumi config set {key.FullName} <value>` without --secret");

    /// <summary>A structured key's value: a YAML node from a stack file, or JSON text from <c>PULUMI_CONFIG</c>.</summary>
    public JsonNode? Structured(ConfigKey key)
    {
        switch (Value(key))
        {
            case RawStructured structured:
                return structured.Node;
            case RawText text when text.Value.TrimStart().StartsWith('[') || text.Value.TrimStart().StartsWith('{'):
                try
                {
                    return JsonNode.Parse(text.Value);
                }
                catch (JsonException e)
                {
                    report.Bad(key.FullName, ConfigReport.Quote(text.Value), $"is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): write it such as {key.Example}");
                    return null;
                }

            case RawText text:
                report.Bad(key.FullName, ConfigReport.Quote(text.Value), $"is a single value, not a {TypeWord(key.Type)}: write it such as {key.Example}");
                return null;
            case RawSecret when !key.Secret:
                RefuseSecret(key);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A choice among an enum's config spellings.</summary>
    public T? Choice<T>(ConfigKey key)
        where T : struct, Enum => Text(key) is { } text ? Choice<T>(text, key.FullName) : null;

    public T? Choice<T>(string text, string path)
        where T : struct, Enum => Choice(text, path, ConfigSpelling.Choices<T>()) is { } chosen && ConfigSpelling.TryParse<T>(chosen, out var value) ? value : null;

    /// <summary>One of <paramref name="choices"/>, spelt exactly.</summary>
    public string? Choice(string text, string path, IReadOnlyList<string> choices)
    {
        if (choices.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        report.Bad(path, ConfigReport.Quote(text), $"is not one of {string.Join(", ", choices)}{DidYouMean.Hint(text, choices)}: use one of them");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>: a JSON/YAML number or its text.</summary>
    public int? Integer(JsonNode? node, string path, int min, int max)
    {
        var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            report.Bad(path, ConfigReport.Show(node), $"is not a whole number: use a number from {min} to {max}");
            return null;
        }

        if (number < min || number > max)
        {
            report.Bad(path, ConfigReport.Show(node), $"is out of range: use a number from {min} to {max}");
            return null;
        }

        return number;
    }

    /// <summary>A number key within the schema's <see cref="ConfigKey.Minimum"/>..<see cref="ConfigKey.Maximum"/>.</summary>
    public int? Integer(ConfigKey key) =>
        Text(key) is { } text ? Integer(JsonValue.Create(text), key.FullName, key.Minimum, key.Maximum) : null;

    /// <summary>A yes/no part of a structured value: a JSON/YAML boolean or its text, <c>true</c> or <c>false</c>.</summary>
    public bool? Boolean(JsonNode? node, string path)
    {
        switch (Text(node, path, "true"))
        {
            case "true":
                return true;
            case "false":
                return false;
            case null:
                return null;
            default:
                report.Bad(path, ConfigReport.Show(node), "is not true or false: write true or false");
                return null;
        }
    }

    /// <summary>A scalar part of a structured value; numbers and booleans count as their text.</summary>
    public string? Text(JsonNode? node, string path, string example)
    {
        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            return value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
        }

        report.Bad(path, ConfigReport.Show(node), $"is not a single value: write one such as {example}");
        return null;
    }

    public JsonArray? List(JsonNode? node, string path, string example)
    {
        if (node is JsonArray array)
        {
            return array;
        }

        report.Bad(path, ConfigReport.Show(node), $"is not a list: write a list such as {example}");
        return null;
    }

    public JsonObject? Map(JsonNode? node, string path, string example)
    {
        if (node is JsonObject map)
        {
            return map;
        }

        report.Bad(path, ConfigReport.Show(node), $"is not a map: write a map such as {example}");
        return null;
    }

    /// <summary>Texts of a list; null if any item is unusable (each reported).</summary>
    public IReadOnlyList<string>? TextList(JsonNode? node, string path, string example)
    {
        if (List(node, path, example) is not { } list)
        {
            return null;
        }

        var texts = list.Select((item, i) => Text(item, $"{path}[{i}]", example)).ToList();
        return texts.Contains(null) ? null : [.. texts.OfType<string>()];
    }

    /// <summary>Reports fields of an object that <paramref name="known"/> does not list, with a did-you-mean.</summary>
    public void RejectUnknownFields(JsonObject map, string path, IReadOnlyList<string> known)
    {
        foreach (var (field, value) in map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Where(entry => !known.Contains(entry.Key)))
        {
            report.Bad($"{path}.{field}", ConfigReport.Show(value), $"is not a known field{DidYouMean.Hint(field, known)}: use {string.Join(", ", known)}");
        }
    }

    /// <summary>Reports the second and later occurrences of a value in a list.</summary>
    public void RejectDuplicates(IReadOnlyList<string> items, string path)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items.Take(i).Contains(items[i], StringComparer.Ordinal))
            {
                report.Bad($"{path}[{i}]", ConfigReport.Quote(items[i]), "is listed twice: remove the repetition");
            }
        }
    }

    public Ipv4Cidr? Cidr(string text, string path)
    {
        if (Ipv4Cidr.TryParse(text, out var cidr, out var problem))
        {
            return cidr;
        }

        report.Bad(path, ConfigReport.Quote(text), problem);
        return null;
    }

    private RawConfigValue? Value(ConfigKey key) => setAside.Contains(key.FullName) ? null : values.GetValueOrDefault(key.FullName);

    private static string Kind(JsonNode node) => node is JsonArray ? "list" : "map";

    private static string TypeWord(ConfigValueType type) => type is ConfigValueType.TextList or ConfigValueType.CidrList ? "list" : "map";
}
