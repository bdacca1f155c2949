using Infra.Aws.Kms;
using Infra.Aws.Ssm;
using Infra.Model;

namespace Infra.Tests.Aws;

/// <summary>Tokens of the KMS and SSM resources as the @pulumi/aws 7.48.0 classes declare them (<c>__pulumiType</c>).</summary>
public class KmsSsmTypeTokenTests
{
    public static TheoryData<string, Func<Scope, Resource>> Resources => new()
    {
        { "aws:kms/key:Key", s => new Key(s, "r", new KeyArgs()) },
        { "aws:kms/keyPolicy:KeyPolicy", s => new KeyPolicy(s, "r", new KeyPolicyArgs { KeyId = "k", Policy = "{}" }) },
        { "aws:kms/alias:Alias", s => new KeyAlias(s, "r", new KeyAliasArgs { Name = "alias/r", TargetKeyId = "k" }) },
        { "aws:ssm/parameter:Parameter", s => new Parameter(s, "r", new ParameterArgs { Name = "/r", Type = ParameterType.SecureString, Value = "v" }) },
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
