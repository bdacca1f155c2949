using System.Text;

namespace Infra.Stacks.Config;

/// <summary>The README's config reference, generated from <see cref="ConfigSchema"/> so the two cannot drift apart.</summary>
public static class ConfigReference
{
    /// <summary>A Markdown table, one row per key in schema order.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder()
            .Append("| Key | Type | Layers | Default | Accepted values | Description |\n")
            .Append("|---|---|---|---|---|---|\n");
        foreach (var key in ConfigSchema.Keys)
        {
            var type = ConfigSpelling.Text(key.Type) + (key.Secret ? ", secret" : "");
            var layers = string.Join(", ", key.Layers.Select(ConfigSpelling.Text));
            var fallback = key.Required ? "required" : key.Default;
            text.Append(Row(key.FullName, type, layers, fallback, key.Range, key.Description));
        }

        return text.ToString();
    }

    private static string Row(params string[] cells) =>
        "| " + string.Join(" | ", cells.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))) + " |\n";
}
