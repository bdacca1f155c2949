using Infra.Tests.Policies.Support;
using Infra.Policies.Reporting;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Reporting;

public class TextReporterTests
{
    [Fact]
    public void Each_finding_is_one_line_then_a_summary()
    {
        var text = new TextReporter().Write(SampleReport.Create());

        Assert.Equal(
            """
            MANDATORY TST-001 data/assets public: the bucket is public: set Public = false
            MANDATORY TST-001 data/logs public (waived by W-0001): the bucket is public: set Public = false
            ADVISORY TST-002 (stack): 2 zones: use "three" | more
            INFO TST-003 data/assets: public by design: it serves the website
            4 findings on stack prod-eu (prod): 1 mandatory, 1 advisory, 1 waived, 1 informational

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_clean_report_is_only_the_summary()
    {
        Assert.Equal("0 findings on stack dev-eu (dev): 0 mandatory, 0 advisory, 0 waived, 0 informational\n", new TextReporter().Write(SampleReport.Empty()));
    }
}
