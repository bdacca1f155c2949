using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Infra.Policies.Engine;

namespace Infra.Policies.Reporting;

/// <summary>
/// The report as JSON for tools: stack, environment, <c>hasMandatory</c>, counts, then the
/// findings, each with every key present (<c>waivedBy</c> null when not waived), keys in a fixed order.
/// </summary>
public sealed class JsonReporter : IPolicyReporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The report is read by tools and people, never embedded in HTML: keep quotes and '<' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string Write(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("stack", report.Facts.Stack);
            json.WriteString("environment", report.Facts.Environment);
            json.WriteBoolean("hasMandatory", report.HasMandatory);
            json.WriteStartObject("counts");
            json.WriteNumber("mandatory", report.MandatoryCount);
            json.WriteNumber("advisory", report.AdvisoryCount);
            json.WriteNumber("waived", report.WaivedCount);
            json.WriteNumber("informational", report.InformationalCount);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("severity", SeverityName(finding.Severity));
                json.WriteString("rule", finding.RuleId);
                json.WriteString("resource", finding.ResourcePath);
                json.WriteString("property", finding.Property);
                json.WriteString("message", finding.Message);
                json.WriteString("waivedBy", finding.WaivedBy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Mandatory => "mandatory",
        Severity.Advisory => "advisory",
        _ => "informational",
    };
}
