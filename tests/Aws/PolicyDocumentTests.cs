using Infra.Aws.Iam;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Aws;

public class PolicyDocumentTests
{
    [Fact]
    public void Documents_are_serialized_at_deploy_time_with_the_element_names_aws_expects()
    {
        var program = new InfraProgram("infra", "policy test");
        var role = new Role(program.Root, "role", new RoleArgs
        {
            AssumeRolePolicy = "{}",
        });
        _ = new RolePolicy(program.Root, "policy", new RolePolicyArgs
        {
            Role = role.RoleName,
            Policy = new PolicyDocument
            {
                Statement = [new PolicyStatement { Sid = "Read", Principal = new PolicyPrincipal { Service = ["ec2.amazonaws.com"] }, Action = ["s3:GetObject"], Resource = [role.Arn] }],
            }.ToJson(),
        });

        var stream = new YamlStream();
        stream.Load(new StringReader(PulumiYamlEmitter.ToYaml(program)));
        var policy = (YamlMappingNode)Node(stream.Documents[0].RootNode, "resources", "policy", "properties", "policy");
        var document = (YamlMappingNode)Node(policy, "fn::toJSON");
        var statement = (YamlMappingNode)((YamlSequenceNode)Node(document, "Statement")).Children[0];

        Assert.Equal("2012-10-17", Node(document, "Version").ToString());
        Assert.Equal(["Sid", "Effect", "Principal", "Action", "Resource"], statement.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("Allow", Node(statement, "Effect").ToString());
        Assert.Equal("ec2.amazonaws.com", ((YamlSequenceNode)Node(statement, "Principal", "Service")).Children[0].ToString());
        Assert.Equal("${role.arn}", ((YamlSequenceNode)Node(statement, "Resource")).Children[0].ToString());
    }

    private static YamlNode Node(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);
}
