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
    public void Every_node_binary_has_one_row_with_its_version_and_source_first()
    {
        var rows = VersionPinsTable.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(UpstreamPins.All.Select(pin => $"| {pin.Name} | {pin.Version} | {pin.Source} |"), rows.Take(UpstreamPins.All.Count));
    }

    [Fact]
    public void Every_chart_image_package_and_plugin_pin_follows_the_node_binaries()
    {
        var rows = VersionPinsTable.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2 + UpstreamPins.All.Count);

        Assert.Equal(PlatformPins.All.Select(pin => $"| {pin.Component} | {pin.Version} | {pin.Source} |"), rows);
    }
}
