using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Stacks.Config;

/// <summary>
/// Collects problems of one config source, each as one line:
/// <c>&lt;source&gt;: &lt;key&gt;: '&lt;value&gt;' &lt;what is wrong&gt;: &lt;what to do&gt;</c>.
/// Echoed keys and values are capped (<see cref="MaxEchoed"/>), control characters escaped so a problem stays one line,
/// values of secret-looking keys masked, and non-ASCII characters pointed out: a Cyrillic 'о' in "prоd" looks right
/// and is not.
/// </summary>
internal sealed class ConfigReport(string source)
{
    /// <summary>Shown instead of any secret value.</summary>
    public const string SecretMask = "[secret]";

    private readonly List<string> problems = [];

    /// <summary>Key paths already reported as bad.</summary>
    private readonly HashSet<string> badPaths = new(StringComparer.Ordinal);

    /// <summary>Most characters of a key or value echoed in a message: enough to recognize any valid value (a role ARN
    /// is about 60), short enough that a message stays one readable line.</summary>
    public const int MaxEchoed = 80;

    /// <summary>A problem with a value; <paramref name="shownValue"/> is already quoted or masked. Only a value's first
    /// problem is kept: a later check of the same value sees what the first one refused (e.g. null) and would only restate it.</summary>
    public void Bad(string keyPath, string shownValue, string problemAndFix)
    {
        if (badPaths.Add(keyPath))
        {
            var shown = SecretKeyNames.LooksSecret(keyPath) ? SecretMask : shownValue;
            problems.Add($"{source}: {Cap(keyPath)}{NonAsciiNote(keyPath, "key")}: {shown} {problemAndFix}");
        }
    }

    public void Missing(string keyPath, string fix) =>
        problems.Add($"{source}: {Cap(keyPath)}: not set: {fix}");

    /// <summary>True once a problem is reported: checks across keys wait for every key to be usable.</summary>
    public bool HasProblems => problems.Count > 0;

    /// <summary>Throws the collected problems, if any.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new ConfigException([.. problems]);
        }
    }

    /// <summary>A value quoted for a message: capped, one line, with any non-ASCII character pointed out.</summary>
    public static string Quote(string text) => $"'{Cap(text)}'{NonAsciiNote(text, "value")}";

    /// <summary>At most <see cref="MaxEchoed"/> characters, control characters escaped (<c>\n</c>, <c>\u0000</c>), an ellipsis where cut.</summary>
    public static string Cap(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Take(MaxEchoed))
        {
            if (c == '\n')
            {
                shown.Append("\\n");
            }
            else if (char.IsControl(c))
            {
                shown.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(c);
            }
        }

        return text.Length > MaxEchoed ? shown.Append('…').ToString() : shown.ToString();
    }

    /// <summary>Names the first non-ASCII character of a key or value (config keys, ids, CIDRs and names are ASCII), or nothing.</summary>
    private static string NonAsciiNote(string text, string what)
    {
        var index = text.AsSpan(0, Math.Min(text.Length, MaxEchoed)).IndexOfAnyExceptInRange((char)0, (char)127);
        return index < 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" (the {what}'s character {index + 1}, '{text[index]}', is U+{(int)text[index]:X4}, not ASCII: retype it)");
    }

    /// <summary>A structured value as compact JSON, or a string as itself, quoted.</summary>
    public static string Show(JsonNode? node) =>
        Quote(node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "null");
}
