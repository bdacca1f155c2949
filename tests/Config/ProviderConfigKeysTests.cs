using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

/// <summary>Keys outside <c>infra:</c>: the providers' own keys pass, typos and plain-text credentials are refused.</summary>
public class ProviderConfigKeysTests
{
    [Theory]
    [InlineData("aws:profile", "deploy")]
    [InlineData("aws:skipCredentialsValidation", "true")]
    [InlineData("aws:maxRetries", "25")]
    [InlineData("kubernetes:context", "admin")]
    [InlineData("tls:proxy", "{url: http://proxy:3128}")]
    [InlineData("pulumi:tags", "{team: platform}")]
    public void A_key_the_provider_or_pulumi_declares_is_accepted(string key, string value)
    {
        Assert.Contains(key, LoadFile("prod", ProdWith(key, value)).PassThroughKeys);
    }

    [Theory]
    [InlineData("infr:natMode", "'single'", "did you mean 'infra:natMode'?")]
    [InlineData("aws:regoin", "'eu-west-1'", "did you mean 'aws:region'?")]
    [InlineData("aws:skipRegionValdation", "'true'", "did you mean 'aws:skipRegionValidation'?")]
    [InlineData("kubernete:context", "'admin'", "did you mean 'kubernetes:context'?")]
    public void A_misspelt_key_outside_infra_is_refused_with_the_key_it_resembles(string key, string shown, string hint)
    {
        var value = shown.Trim('\'');
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, value)));

        Assert.Contains($"Pulumi.prod.yaml: {key}: {shown} is not a key of infra, aws, kubernetes, tls, pulumi ({hint}): rename or remove it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws:secretKey")]
    [InlineData("aws:accessKey")]
    [InlineData("aws:token")]
    public void A_plain_text_aws_credential_is_refused_masked_with_how_to_store_it(string key)
    {
        const string credential = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, credential)));

        Assert.Contains($"Pulumi.prod.yaml: {key}: [secret] is a credential stored in plain text: remove it from the file and run `pulumi config set --secret {key} <value>`", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(credential, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aws_credential_stored_as_a_secret_is_accepted()
    {
        Assert.Contains("aws:secretKey", LoadFile("prod", ProdWith("aws:secretKey", "{secure: v1:AAAABBBB}")).SecretsSet);
    }

    [Fact]
    public void The_value_under_a_misspelt_credential_key_is_masked()
    {
        const string credential = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("aws:secretKy", credential)));

        Assert.Contains("aws:secretKy: [secret] is not a key of", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'aws:secretKey'?", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(credential, error.Message, StringComparison.Ordinal);
    }
}
