using System.Text;

namespace Infra.Software;

/// <summary>
/// The README's version table, generated from <see cref="UpstreamPins"/> and <see cref="PlatformPins"/> so the table
/// and the defaults cannot drift apart.
/// </summary>
public static class VersionPinsTable
{
    /// <summary>A Markdown table: the node binaries in <see cref="UpstreamPins.All"/>'s order, then <see cref="PlatformPins.All"/>.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder()
            .Append("| Component | Version | Source |\n")
            .Append("|---|---|---|\n");
        foreach (var (component, version, source) in Rows())
        {
            text.Append("| ").Append(component).Append(" | ").Append(version).Append(" | ")
                .Append(source.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return text.ToString();
    }

    private static IEnumerable<(string Component, string Version, string Source)> Rows() =>
        UpstreamPins.All.Select(pin => (pin.Name, pin.Version, pin.Source))
            .Concat(PlatformPins.All.Select(pin => (pin.Component, pin.Version, pin.Source)));
}
