using System.Text;
using Infra.Policies.Engine;

namespace Infra.Policies.Reporting;

/// <summary>A summary line and a table of the findings, for pull request comments.</summary>
public sealed class MarkdownReporter : IPolicyReporter
{
    public string Format => "markdown";

    public string Write(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().Append(FindingLabels.Summary(report)).Append('\n');
        if (report.Findings.Count == 0)
        {
            return text.ToString();
        }

        text.Append('\n')
            .Append("| Severity | Rule | Resource | Property | Message | Waived by |\n")
            .Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var finding in report.Findings)
        {
            text.Append("| ").Append(FindingLabels.Severity(finding))
                .Append(" | ").Append(finding.RuleId)
                .Append(" | ").Append(Code(FindingLabels.Resource(finding)))
                .Append(" | ").Append(Code(finding.Property))
                .Append(" | ").Append(Cell(finding.Message))
                .Append(" | ").Append(Cell(finding.WaivedBy ?? string.Empty))
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static string Code(string value) => value.Length == 0 ? string.Empty : $"`{Cell(value)}`";

    /// <summary>A table cell ends at a '|' or a line break, so both are escaped.</summary>
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
