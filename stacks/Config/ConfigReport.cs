using System.Text.Json.Nodes;

namespace Infra.Stacks.Config;

/// <summary>
/// Collects problems of one config source, each as one line:
/// <c>&lt;source&gt;: &lt;key&gt;: '&lt;value&gt;' &lt;what is wrong&gt;: &lt;what to do&gt;</c>.
/// </summary>
internal sealed class ConfigReport(string source)
{
    /// <summary>Shown instead of any secret value.</summary>
    public const string SecretMask = "[secret]";

    private readonly List<string> problems = [];

    /// <summary>Key paths already reported as bad.</summary>
    private readonly HashSet<string> badPaths = new(StringComparer.Ordinal);

    /// <summary>A problem with a value; <paramref name="shownValue"/> is already quoted or masked. Only a value's first
    /// problem is kept: a later check of the same value sees what the first one refused (e.g. null) and would only restate it.</summary>
    public void Bad(string keyPath, string shownValue, string problemAndFix)
    {
        if (badPaths.Add(keyPath))
        {
            problems.Add($"{source}: {keyPath}: {shownValue} {problemAndFix}");
        }
    }

    public void Missing(string keyPath, string fix) =>
        problems.Add($"{source}: {keyPath}: not set: {fix}");

    /// <summary>Throws the collected problems, if any.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new ConfigException([.. problems]);
        }
    }

    public static string Quote(string text) => $"'{text}'";

    /// <summary>A structured value as compact JSON, or a string as itself, quoted.</summary>
    public static string Show(JsonNode? node) =>
        Quote(node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "null");
}
