using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Policies.Engine;

/// <summary>
/// Reads the waiver file (<c>policies/waivers.yaml</c>): a top-level <c>waivers</c> list whose
/// entries set every one of <c>id</c>, <c>rule</c>, <c>resource</c>, <c>reason</c>, <c>owner</c>,
/// <c>expires</c> (<c>YYYY-MM-DD</c>) and exactly one of <c>stacks</c> (a list) or
/// <c>environment</c>. Anything else is refused with a <see cref="WaiverFileException"/> naming the
/// file, the waiver, the key and the fix: a waiver that silently fails to parse would silently
/// stop waiving, or silently waive more than intended.
/// </summary>
public static class WaiverFile
{
    /// <summary>Where the waiver file lives, relative to the repository root.</summary>
    public const string DefaultPath = "policies/waivers.yaml";

    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] Keys = ["id", "rule", "resource", "stacks", "environment", "reason", "owner", "expires"];

    public static IReadOnlyList<Waiver> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new WaiverFileException($"{path}: the waiver file does not exist: create it with the line 'waivers: []', or pass the right path");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the file's text; <paramref name="path"/> is only used in error messages.</summary>
    public static IReadOnlyList<Waiver> Parse(string yaml, string path)
    {
        var entries = ReadEntries(yaml, path);
        var waivers = new List<Waiver>(entries.Children.Count);
        for (var index = 0; index < entries.Children.Count; index++)
        {
            var waiver = ReadWaiver(entries.Children[index], new EntryLocation(path, index + 1));
            var earlier = waivers.FindIndex(w => string.Equals(w.Id, waiver.Id, StringComparison.Ordinal));
            if (earlier >= 0)
            {
                throw new WaiverFileException(
                    $"{path}: waiver '{waiver.Id}' (entry {index + 1}): key 'id' repeats entry {earlier + 1}'s id: give each waiver its own id");
            }

            waivers.Add(waiver);
        }

        return waivers;
    }

    private static YamlSequenceNode ReadEntries(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new WaiverFileException($"{path}: line {error.Start.Line}: not valid YAML ({error.Message}): fix the syntax there", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new WaiverFileException($"{path}: the file must be a mapping with the key 'waivers': start it with 'waivers:' (or 'waivers: []' for none)");
        }

        var unknown = root.Children.Keys.Select(ScalarText).FirstOrDefault(k => k != "waivers");
        if (unknown is not null)
        {
            throw new WaiverFileException($"{path}: top-level key '{unknown}' is not known: the file holds only the 'waivers' list");
        }

        return root.Children.TryGetValue(new YamlScalarNode("waivers"), out var node) && node is YamlSequenceNode entries
            ? entries
            : throw new WaiverFileException($"{path}: key 'waivers' is missing or not a list: write 'waivers:' followed by '- id: ...' entries, or 'waivers: []'");
    }

    private static Waiver ReadWaiver(YamlNode node, EntryLocation location)
    {
        if (node is not YamlMappingNode entry)
        {
            throw location.Error(key: null, $"is not a mapping: write it as '- id: ...' followed by its other keys");
        }

        var fields = entry.Children.ToDictionary(pair => ScalarText(pair.Key), pair => pair.Value, StringComparer.Ordinal);
        location = location with { Id = OptionalText(fields, "id") };
        var unknown = fields.Keys.FirstOrDefault(key => !Keys.Contains(key, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw location.Error(unknown, $"is not a waiver key: use only {string.Join(", ", Keys)}");
        }

        var id = RequiredText(fields, "id", location, "a unique id such as 'W-0001'");
        var rule = RequiredText(fields, "rule", location, "the rule id it waives, e.g. 'AWS-001'");
        if (rule.StartsWith(EngineFindings.Prefix, StringComparison.Ordinal))
        {
            throw location.Error("rule", $"is '{rule}', an engine finding, which cannot be waived: fix its cause instead");
        }

        var resource = RequiredText(fields, "resource", location, "the resource path, a prefix ending in '*', or \"\" for stack-wide findings", allowEmpty: true);
        var (stacks, environment) = ReadScope(fields, location);
        var reason = RequiredText(fields, "reason", location, "why the finding is acceptable for now");
        var owner = RequiredText(fields, "owner", location, "the team or person who renews or removes it");
        var expiresText = RequiredText(fields, "expires", location, "the last day it applies, as YYYY-MM-DD");
        if (!DateOnly.TryParseExact(expiresText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            throw location.Error("expires", $"is '{expiresText}', not a date: write it as YYYY-MM-DD, e.g. 2026-03-31");
        }

        return new Waiver(id, rule, resource, stacks, environment, reason, owner, expires);
    }

    private static (IReadOnlyList<string> Stacks, string? Environment) ReadScope(Dictionary<string, YamlNode> fields, EntryLocation location)
    {
        const string Fix = "set exactly one of 'stacks' (a list of stack names) or 'environment' (e.g. prod)";
        var hasStacks = fields.TryGetValue("stacks", out var stacksNode);
        var hasEnvironment = fields.ContainsKey("environment");
        if (hasStacks == hasEnvironment)
        {
            throw location.Error("stacks", hasStacks ? $"and 'environment' are both set: {Fix}" : $"is missing: {Fix}");
        }

        if (hasEnvironment)
        {
            return ([], RequiredText(fields, "environment", location, "the environment it applies to, e.g. prod"));
        }

        if (stacksNode is not YamlSequenceNode list || list.Children.Count == 0
            || list.Children.Any(s => s is not YamlScalarNode { Value.Length: > 0 }))
        {
            throw location.Error("stacks", "is not a non-empty list of stack names: write it as 'stacks: [prod-eu-west-1]'");
        }

        return ([.. list.Children.Select(ScalarText)], null);
    }

    private static string RequiredText(Dictionary<string, YamlNode> fields, string key, EntryLocation location, string expected, bool allowEmpty = false)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            throw location.Error(key, $"is missing: add '{key}:' with {expected}");
        }

        if (node is not YamlScalarNode scalar || IsNull(scalar) || (!allowEmpty && scalar.Value!.Length == 0))
        {
            throw location.Error(key, $"has no text value: set it to {expected}");
        }

        return scalar.Value!;
    }

    private static string? OptionalText(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) && node is YamlScalarNode scalar && !IsNull(scalar) && scalar.Value!.Length > 0 ? scalar.Value : null;

    /// <summary>YAML's plain <c>key:</c>, <c>key: ~</c> and <c>key: null</c> mean "no value"; a quoted <c>""</c> is an empty string.</summary>
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Value is null || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string ScalarText(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : node.ToString();

    /// <summary>Which waiver an error is about: its id once known, its 1-based entry number always.</summary>
    private sealed record EntryLocation(string Path, int Entry, string? Id = null)
    {
        public WaiverFileException Error(string? key, string problem)
        {
            var waiver = Id is null ? $"waiver entry {Entry}" : $"waiver '{Id}' (entry {Entry})";
            return new WaiverFileException(key is null ? $"{Path}: {waiver} {problem}" : $"{Path}: {waiver}: key '{key}' {problem}");
        }
    }
}
