namespace Infra.Stacks.Config;

/// <summary>Config spelling of enum values: the member name in camelCase (<c>PerZone</c> is <c>perZone</c>).</summary>
public static class ConfigSpelling
{
    public static string Text<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Every accepted spelling, in declaration order, for messages and docs.</summary>
    public static IReadOnlyList<string> Choices<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Text)];

    /// <summary>Exact, case-sensitive match: config files should read the same everywhere.</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Text(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
