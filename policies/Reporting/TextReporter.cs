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
            text.Append(FindingLabels.Severity(finding)).Append(' ').Append(finding.RuleId).Append(' ').Append(FindingLabels.Resource(finding));
            if (finding.Property.Length > 0)
            {
                text.Append(' ').Append(finding.Property);
            }

            if (finding.WaivedBy is { } waiver)
            {
                text.Append(" (waived by ").Append(waiver).Append(')');
            }

            text.Append(": ").Append(finding.Message).Append('\n');
        }

        return text.Append(FindingLabels.Summary(report)).Append('\n').ToString();
    }
}
