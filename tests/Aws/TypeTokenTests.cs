using Infra.Aws.AutoScaling;
using Infra.Aws.Ec2;
using Infra.Aws.Iam;
using Infra.Model;

namespace Infra.Tests.Aws;

/// <summary>Tokens as the @pulumi/aws 7.48.0 classes declare them (<c>__pulumiType</c>).</summary>
public class TypeTokenTests
{
    public static TheoryData<string, Func<Scope, Resource>> Resources => new()
    {
        { "aws:iam/role:Role", s => new Role(s, "r", new RoleArgs { AssumeRolePolicy = "{}" }) },
        { "aws:iam/rolePolicy:RolePolicy", s => new RolePolicy(s, "r", new RolePolicyArgs { Role = "r", Policy = "{}" }) },
        { "aws:iam/rolePolicyAttachment:RolePolicyAttachment", s => new RolePolicyAttachment(s, "r", new RolePolicyAttachmentArgs { Role = "r", PolicyArn = "arn" }) },
        { "aws:iam/instanceProfile:InstanceProfile", s => new InstanceProfile(s, "r", new InstanceProfileArgs { Role = "r" }) },
        { "aws:ec2/launchTemplate:LaunchTemplate", s => new LaunchTemplate(s, "r", new LaunchTemplateArgs()) },
        { "aws:autoscaling/group:Group", s => new Group(s, "r", new GroupArgs { MinSize = 0, MaxSize = 1 }) },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Resources_carry_the_providers_exact_type_token(string token, Func<Scope, Resource> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        var program = new InfraProgram("infra", "tokens");

        Assert.Equal(token, create(program.Root).Type);
    }
}
