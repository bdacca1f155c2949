using System.Text.Json.Nodes;
using Infra.Policies.Engine;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Cli;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public sealed class StackFactsTests
{
    /// <summary>Reports the allowed API networks the rules see, one finding each.</summary>
    private static readonly PolicyPack EchoApiAllowedCidrs = new("test", [new TestRule("TEST-002", mandatoryInProduction: false, context =>
        context.Facts.ApiAllowedCidrs.Select(cidr => RuleViolation.OfStack(cidr)))]);

    [Fact]
    public void Rules_see_the_api_networks_the_stack_allows()
    {
        var values = new Dictionary<string, RawConfigValue>(StringComparer.Ordinal)
        {
            ["aws:region"] = new RawText("eu-west-1"),
            ["infra:environment"] = new RawText("dev"),
            ["infra:owner"] = new RawText("platform-team"),
            ["infra:costCenter"] = new RawText("cc-1"),
            ["infra:apiAllowedCidrs"] = new RawStructured(new JsonArray("198.51.100.0/24", "203.0.113.0/24")),
        };
        var config = StackConfigLoader.Parse("test", "dev", values);

        var report = StackPipeline.Synthesize(config, "test", RepositoryRoot.Path, new FixedTime(InfraCli.Today), EchoApiAllowedCidrs).Report;

        Assert.Equal(["198.51.100.0/24", "203.0.113.0/24"], report.Findings.Where(f => f.RuleId == "TEST-002").Select(f => f.Message).Order(StringComparer.Ordinal));
    }
}
