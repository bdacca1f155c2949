using Infra.Aws.Ec2;
using Infra.Policies.Rules;
using Infra.Tests.NodePools;

namespace Infra.Tests.Policies.Rules;

public sealed class ImdsV2RequiredTests
{
    private readonly ImdsV2Required rule = new();

    [Fact]
    public void A_template_accepting_imdsv1_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs { MetadataOptions = new LaunchTemplateMetadataOptions { HttpTokens = "optional" } });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("pool/launch-template", violation.ResourcePath);
        Assert.Equal("metadataOptions.httpTokens", violation.Property);
        Assert.Contains("'optional'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("set MetadataOptions.HttpTokens = \"required\"", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_without_metadata_options_is_flagged()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs());

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("metadataOptions.httpTokens", violation.Property);
    }

    [Fact]
    public void A_hop_limit_above_two_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs
        {
            MetadataOptions = new LaunchTemplateMetadataOptions { HttpTokens = "required", HttpPutResponseHopLimit = 3 },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("metadataOptions.httpPutResponseHopLimit", violation.Property);
        Assert.Contains("set MetadataOptions.HttpPutResponseHopLimit to 2 or less", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_pool_templates_pass()
    {
        var (program, _) = NodePoolFixture.Build(Infra.NodePools.NodePoolArgs.General(NodePoolFixture.Cluster()));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
