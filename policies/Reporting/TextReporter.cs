using System.Text;
using Infra.Policies.Engine;

namespace Infra.Policies.Reporting;

/// <summary>
/// One line per finding, <c>MANDATORY AWS-001 network/vpc cidrBlock: message</c> (the property is
/// left out when empty, a waived finding says by which waiver), then a summary line.
/// </summary>
public sealed class TextReporter : IPolicyReporter
{
    public string Format => "text";

    public string Write(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            text.Append(Line(finding)).Append('\n');
        }

        return text.Append(FindingLabels.Summary(report)).Append('\n').ToString();
    }

    /// <summary>One finding on one line: <c>SEVERITY RULE path property (waived by W): message</c>.</summary>
    public static string Line(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new StringBuilder();
        text.Append(FindingLabels.Severity(finding)).Append(' ').Append(finding.RuleId).Append(' ').Append(FindingLabels.Resource(finding));
        if (finding.Property.Length > 0)
        {
            text.Append(' ').Append(finding.Property);
        }

        if (finding.WaivedBy is { } waiver)
        {
            text.Append(" (waived by ").Append(waiver).Append(')');
        }

        return text.Append(": ").Append(finding.Message).ToString();
    }
}
