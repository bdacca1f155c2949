using Infra.Tests.Policies.Support;
using Infra.Aws.Ec2;
using Infra.Policies.Engine;
using Infra.Policies.Packs;
using Infra.Stacks.Composition;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

/// <summary>The reference composition's stacks against the real packs: prod must pass its own gate.</summary>
public sealed class ReferenceStacksTests
{
    private static readonly FixedTime Clock = new(PolicyFixture.Today);

    [Theory]
    [InlineData("dev")]
    [InlineData("staging")]
    [InlineData("prod")]
    [InlineData("dev-platform")]
    [InlineData("staging-platform")]
    [InlineData("prod-platform")]
    public void Reference_stacks_have_no_mandatory_findings(string stack)
    {
        var synthesis = StackPipeline.FromStackFile(RepositoryRoot.Path, stack, Clock);

        Assert.Empty(synthesis.Report.Findings.Where(f => f.Blocks).Select(f => $"{f.RuleId} {f.ResourcePath} {f.Message}"));
    }

    [Fact]
    public void A_prod_program_with_a_launch_template_accepting_imdsv1_is_blocked()
    {
        var synthesis = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod", Clock);
        _ = new LaunchTemplate(synthesis.Program.Root, "rogue-template", new LaunchTemplateArgs
        {
            MetadataOptions = new LaunchTemplateMetadataOptions { HttpTokens = "optional" },
        });

        var report = PolicyEngine.Evaluate(synthesis.Program, synthesis.Report.Facts, PolicyPacks.All, EnforcementProfile.Defaults, [], Clock);

        Assert.True(report.HasMandatory);
        Assert.Contains(report.Findings, f => f.Blocks && f.RuleId == "AWS-001" && f.ResourcePath == "rogue-template");
    }
}
