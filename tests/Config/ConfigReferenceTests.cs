using Infra.Stacks.Config;

namespace Infra.Tests.Config;

public class ConfigReferenceTests
{
    [Fact]
    public void Every_key_has_one_row_in_schema_order()
    {
        var rows = ConfigReference.Markdown().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(ConfigSchema.Keys.Select(k => $"| {k.FullName} |"), rows.Select(r => r[..(r.IndexOf(" |", StringComparison.Ordinal) + 2)]));
    }

    [Fact]
    public void Secret_keys_are_marked_secret()
    {
        var row = ConfigReference.Markdown().Split('\n').Single(r => r.StartsWith("| infra:kubeconfig |", StringComparison.Ordinal));

        Assert.StartsWith("| infra:kubeconfig | text, secret | platform |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_inside_values_do_not_break_the_table()
    {
        var row = ConfigReference.Markdown().Split('\n').Single(r => r.StartsWith("| infra:natMode |", StringComparison.Ordinal));

        Assert.Contains(@"perZone \| single", row, StringComparison.Ordinal);
    }
}
