using Infra.Aws;
using Infra.Emit.PulumiYaml;
using Infra.Model;

namespace Infra.Tests.Aws;

public class AwsProviderTests
{
    [Fact]
    public void The_provider_pins_the_plugin_version_itself()
    {
        var program = new InfraProgram("provider", "provider");

        var provider = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = "eu-west-1" }, new ResourceOptions { Version = "0.0.1" });

        Assert.Equal(ProviderVersions.Aws, provider.Options.Version);
    }

    [Fact]
    public void Assumed_roles_and_default_tags_are_written_with_the_v7_shapes()
    {
        var program = new InfraProgram("provider", "provider");
        _ = new AwsProvider(program.Root, "aws", new AwsProviderArgs
        {
            Region = "eu-west-1",
            AssumeRoles = [new AwsAssumeRole { RoleArn = "arn:aws:iam::111122223333:role/deployer", SessionName = "infra" }],
            DefaultTags = new AwsDefaultTags { Tags = new Dictionary<string, Expr<string>> { ["owner"] = "platform" } },
            AllowedAccountIds = ["111122223333"],
        });

        var yaml = PulumiYamlEmitter.ToYaml(program);

        Assert.Contains("assumeRoles:\n        - roleArn: arn:aws:iam::111122223333:role/deployer\n          sessionName: infra\n", yaml, StringComparison.Ordinal);
        Assert.Contains("defaultTags:\n        tags:\n          owner: platform\n", yaml, StringComparison.Ordinal);
        Assert.Contains("allowedAccountIds:\n        - \"111122223333\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Resources_in_a_scope_with_the_provider_use_it()
    {
        var program = new InfraProgram("provider", "provider");
        var provider = new AwsProvider(program.Root, "aws", new AwsProviderArgs { Region = "eu-west-1" });

        var vpc = new Infra.Aws.Ec2.Vpc(program.Root.WithProvider(AwsProvider.ServedPackage, provider), "vpc", new Infra.Aws.Ec2.VpcArgs { CidrBlock = "10.0.0.0/16" });

        Assert.Same(provider, vpc.Options.Provider);
    }
}
