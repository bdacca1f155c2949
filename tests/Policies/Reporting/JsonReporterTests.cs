using Infra.Tests.Policies.Support;
using Infra.Policies.Reporting;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Reporting;

public class JsonReporterTests
{
    [Fact]
    public void The_report_is_json_with_keys_in_a_fixed_order()
    {
        var json = new JsonReporter().Write(SampleReport.Create());

        Assert.Equal(
            """
            {
              "stack": "prod-eu",
              "environment": "prod",
              "hasMandatory": true,
              "counts": {
                "mandatory": 1,
                "advisory": 1,
                "waived": 1,
                "informational": 1
              },
              "findings": [
                {
                  "severity": "mandatory",
                  "rule": "TST-001",
                  "resource": "data/assets",
                  "property": "public",
                  "message": "the bucket is public: set Public = false",
                  "waivedBy": null
                },
                {
                  "severity": "mandatory",
                  "rule": "TST-001",
                  "resource": "data/logs",
                  "property": "public",
                  "message": "the bucket is public: set Public = false",
                  "waivedBy": "W-0001"
                },
                {
                  "severity": "advisory",
                  "rule": "TST-002",
                  "resource": "",
                  "property": "",
                  "message": "2 zones: use \"three\" | more",
                  "waivedBy": null
                },
                {
                  "severity": "informational",
                  "rule": "TST-003",
                  "resource": "data/assets",
                  "property": "",
                  "message": "public by design: it serves the website",
                  "waivedBy": null
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void The_json_reads_back_with_every_finding()
    {
        using var document = System.Text.Json.JsonDocument.Parse(new JsonReporter().Write(SampleReport.Create()));

        Assert.Equal(4, document.RootElement.GetProperty("findings").GetArrayLength());
    }
}
