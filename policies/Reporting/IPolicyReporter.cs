using Infra.Policies.Engine;

namespace Infra.Policies.Reporting;

/// <summary>Writes a report in one format. The same report gives the same bytes (LF line ends, invariant culture).</summary>
public interface IPolicyReporter
{
    /// <summary>The format's name, as the CLI selects it (<c>text</c>, <c>json</c>, <c>markdown</c>).</summary>
    string Format { get; }

    string Write(PolicyReport report);
}
