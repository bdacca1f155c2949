using Infra.Software;
using Infra.Tests.Support;

namespace Infra.Tests.Software;

public class ReadmeVersionPinsTests
{
    [Fact]
    public void The_readme_version_table_is_the_pin_table()
    {
        ReadmeSection.AssertIs("version-pins", VersionPinsTable.Markdown());
    }

    [Fact]
    public void Every_pin_has_one_row_with_its_version_and_source()
    {
        var rows = VersionPinsTable.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(UpstreamPins.All.Select(pin => $"| {pin.Name} | {pin.Version} | {pin.Source} |"), rows);
    }
}
