namespace Infra.Tests.Support;

/// <summary>
/// A generated part of the root README between <c>&lt;!-- NAME:begin --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>. Set
/// UPDATE_GOLDEN=1 to rewrite it from the current output (then review the diff before committing).
/// </summary>
internal static class ReadmeSection
{
    public static void AssertIs(string name, string expected)
    {
        var begin = $"<!-- {name}:begin -->\n";
        var end = $"<!-- {name}:end -->";
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(begin, StringComparison.Ordinal);
        var stop = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"README.md lacks the {begin.Trim()} ... {end} markers");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, readme[..(start + begin.Length)] + expected + readme[stop..]);
            return;
        }

        Assert.Equal(expected, readme[(start + begin.Length)..stop]);
    }
}
