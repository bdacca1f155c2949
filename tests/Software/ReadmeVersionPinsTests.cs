using Infra.Software;
using Infra.Tests.Support;

namespace Infra.Tests.Software;

public class ReadmeVersionPinsTests
{
    private const string Begin = "<!-- version-pins:begin -->\n";
    private const string End = "<!-- version-pins:end -->";

    [Fact]
    public void The_readme_version_table_is_the_pin_table()
    {
        var path = Path.Combine(RepositoryRoot.Path, "README.md");
        var readme = File.ReadAllText(path);
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md lacks the {Begin.Trim()} ... {End} markers");

        var expected = VersionPinsTable.Markdown();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, readme[..(start + Begin.Length)] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[(start + Begin.Length)..end]);
    }

    [Fact]
    public void Every_pin_has_one_row_with_its_version_and_source()
    {
        var rows = VersionPinsTable.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(UpstreamPins.All.Select(pin => $"| {pin.Name} | {pin.Version} | {pin.Source} |"), rows);
    }
}
