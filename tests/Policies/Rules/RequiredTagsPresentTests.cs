using Infra.Aws;
using Infra.Aws.Ec2;
using Infra.Model;
using Infra.NodePools;
using Infra.Policies.Rules;
using Infra.Tests.NodePools;

namespace Infra.Tests.Policies.Rules;

public sealed class RequiredTagsPresentTests
{
    private readonly RequiredTagsPresent rule = new();

    [Fact]
    public void A_resource_without_tags_or_provider_default_tags_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new SecurityGroup(program.Root.Child("network"), "nodes", new SecurityGroupArgs
        {
            VpcId = "vpc-1",
            Description = "nodes",
            Tags = new Dictionary<string, Expr<string>> { ["cluster"] = "prod", ["owner"] = "platform" },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("network/nodes", violation.ResourcePath);
        Assert.Equal("tags", violation.Property);
        Assert.Contains("'environment', 'cost-center' are missing", violation.Message, StringComparison.Ordinal);
        Assert.Contains("add them to the resource's Tags or to its AWS provider's DefaultTags", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Provider_default_tags_cover_an_untagged_resource()
    {
        var program = RuleFixture.Program();
        var provider = new AwsProvider(program.Root, "aws", new AwsProviderArgs
        {
            Region = "eu-west-1",
            DefaultTags = new AwsDefaultTags { Tags = NodePoolFixture.RequiredTags },
        });
        var scope = program.Root.WithProvider(AwsProvider.ServedPackage, provider);
        _ = new SecurityGroup(scope.Child("network"), "nodes", new SecurityGroupArgs { VpcId = "vpc-1", Description = "nodes" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_launch_template_that_leaves_volumes_untagged_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs
        {
            TagSpecifications = [new LaunchTemplateTagSpecification { ResourceType = "instance", Tags = NodePoolFixture.RequiredTags }],
            Tags = NodePoolFixture.RequiredTags,
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("pool/launch-template", violation.ResourcePath);
        Assert.Equal("tagSpecifications", violation.Property);
        Assert.Contains("add a tag specification for 'volume'", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_specification_missing_a_required_tag_is_flagged()
    {
        var partial = NodePoolFixture.RequiredTags.Where(t => t.Key != "owner").ToDictionary();
        var program = RuleFixture.Program();
        RuleFixture.LaunchTemplate(program, new LaunchTemplateArgs
        {
            TagSpecifications =
            [
                new LaunchTemplateTagSpecification { ResourceType = "instance", Tags = NodePoolFixture.RequiredTags },
                new LaunchTemplateTagSpecification { ResourceType = "volume", Tags = partial },
            ],
            Tags = NodePoolFixture.RequiredTags,
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("tagSpecifications[1].tags", violation.Property);
        Assert.Contains("add them to the 'volume' tag specification", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Node_pools_tag_their_group_template_instances_and_volumes()
    {
        var (program, _) = NodePoolFixture.Build(NodePoolArgs.General(NodePoolFixture.Cluster()));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
