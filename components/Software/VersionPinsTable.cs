using System.Text;

namespace Infra.Software;

/// <summary>The README's version table, generated from <see cref="UpstreamPins"/> so the two cannot drift apart.</summary>
public static class VersionPinsTable
{
    /// <summary>A Markdown table, one row per pin in <see cref="UpstreamPins.All"/>'s order.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder()
            .Append("| Component | Version | Source |\n")
            .Append("|---|---|---|\n");
        foreach (var pin in UpstreamPins.All)
        {
            text.Append("| ").Append(pin.Name).Append(" | ").Append(pin.Version).Append(" | ")
                .Append(pin.Source.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return text.ToString();
    }
}
