using Infra.Policies.Engine;

namespace Infra.Policies.Reporting;

/// <summary>How findings read in every format, so the formats agree.</summary>
internal static class FindingLabels
{
    /// <summary>Shown instead of an empty resource path.</summary>
    public const string StackWide = "(stack)";

    public static string Severity(Finding finding) => finding.Severity switch
    {
        Engine.Severity.Mandatory => "MANDATORY",
        Engine.Severity.Advisory => "ADVISORY",
        _ => "INFO",
    };

    public static string Resource(Finding finding) => finding.ResourcePath.Length == 0 ? StackWide : finding.ResourcePath;

    public static string Summary(PolicyReport report) =>
        $"{report.Findings.Count} findings on stack {report.Facts.Stack} ({report.Facts.Environment}): "
        + $"{report.MandatoryCount} mandatory, {report.AdvisoryCount} advisory, {report.WaivedCount} waived, {report.InformationalCount} informational";
}
