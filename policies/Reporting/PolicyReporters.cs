namespace Infra.Policies.Reporting;

/// <summary>The report formats by name, for the CLI's <c>--format</c>.</summary>
public static class PolicyReporters
{
    public static IReadOnlyList<IPolicyReporter> All { get; } = [new TextReporter(), new JsonReporter(), new MarkdownReporter()];

    public static IPolicyReporter For(string format) =>
        All.FirstOrDefault(r => r.Format == format)
        ?? throw new ArgumentException($"no report format '{format}': use one of {string.Join(", ", All.Select(r => r.Format))}", nameof(format));
}
