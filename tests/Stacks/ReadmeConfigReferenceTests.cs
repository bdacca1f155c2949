using Infra.Stacks.Config;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public class ReadmeConfigReferenceTests
{
    private const string Begin = "<!-- config-reference:begin -->\n";
    private const string End = "<!-- config-reference:end -->";

    [Fact]
    public void The_readme_config_reference_is_the_schema()
    {
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md lacks the {Begin.Trim()} ... {End} markers");

        var expected = ConfigReference.Markdown();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, readme[..(start + Begin.Length)] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[(start + Begin.Length)..end]);
    }
}
