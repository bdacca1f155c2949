using Infra.Policies.Engine;

namespace Infra.Tests.Policies.Support;

/// <summary>A small report with one finding of each kind, for the reporters' golden strings.</summary>
internal static class SampleReport
{
    public static PolicyReport Create() => new(
        PolicyFixture.Prod,
        [
            new Finding("TST-002", string.Empty, string.Empty, Severity.Advisory, "2 zones: use \"three\" | more"),
            new Finding("TST-001", "data/logs", "public", Severity.Mandatory, "the bucket is public: set Public = false", WaivedBy: "W-0001"),
            new Finding("TST-001", "data/assets", "public", Severity.Mandatory, "the bucket is public: set Public = false"),
            new Finding("TST-003", "data/assets", string.Empty, Severity.Informational, "public by design: it serves the website"),
        ]);

    public static PolicyReport Empty() => new(PolicyFixture.Dev, []);
}
