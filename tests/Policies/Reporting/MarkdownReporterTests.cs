using Infra.Tests.Policies.Support;
using Infra.Policies.Reporting;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Reporting;

public class MarkdownReporterTests
{
    [Fact]
    public void Findings_are_a_table_under_the_summary_with_pipes_escaped()
    {
        var markdown = new MarkdownReporter().Write(SampleReport.Create());

        Assert.Equal(
            """
            4 findings on stack prod-eu (prod): 1 mandatory, 1 advisory, 1 waived, 1 informational

            | Severity | Rule | Resource | Property | Message | Waived by |
            | --- | --- | --- | --- | --- | --- |
            | MANDATORY | TST-001 | `data/assets` | `public` | the bucket is public: set Public = false |  |
            | MANDATORY | TST-001 | `data/logs` | `public` | the bucket is public: set Public = false | W-0001 |
            | ADVISORY | TST-002 | `(stack)` |  | 2 zones: use "three" \| more |  |
            | INFO | TST-003 | `data/assets` |  | public by design: it serves the website |  |

            """.ReplaceLineEndings("\n"),
            markdown);
    }

    [Fact]
    public void A_clean_report_has_no_table()
    {
        Assert.DoesNotContain("|", new MarkdownReporter().Write(SampleReport.Empty()), StringComparison.Ordinal);
    }
}
