using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

/// <summary>
/// Keys outside <c>infra:</c>: Pulumi's settings pass; the providers' own keys are refused because the programs'
/// providers are explicit and never read them; typos are refused with the key they resemble; credentials never echoed.
/// </summary>
public class ProviderConfigKeysTests
{
    [Fact]
    public void A_pulumi_setting_is_accepted()
    {
        Assert.Contains("pulumi:tags", LoadFile("prod", ProdWith("pulumi:tags", "{team: platform}")).PassThroughKeys);
    }

    [Theory]
    [InlineData("aws:profile", "'deploy'", "the AWS provider takes credentials from its environment")]
    [InlineData("aws:stsRegion", "'eu-west-1'", "a deploy role from infra:assumeRoleArn")]
    [InlineData("kubernetes:context", "'admin'", "the Kubernetes provider takes its kubeconfig from the cluster stack or infra:kubeconfig")]
    [InlineData("tls:proxy", "'http://proxy:3128'", "nothing reads it: remove it")]
    public void A_key_of_an_explicit_providers_namespace_is_refused_with_where_the_provider_takes_it_from(string key, string shown, string fix)
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, shown.Trim('\''))));

        Assert.Contains($"Pulumi.prod.yaml: {key}: {shown} configures the default {key.Split(':')[0]} provider, which these programs never use", error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
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
    public void A_plain_text_aws_credential_is_refused_masked_with_where_credentials_belong(string key)
    {
        const string credential = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith(key, credential)));

        Assert.Contains($"Pulumi.prod.yaml: {key}: [secret] configures the default aws provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("credentials from its environment", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(credential, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aws_credential_stored_as_a_secret_is_refused_too_since_nothing_would_read_it()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("aws:secretKey", "{secure: v1:AAAABBBB}")));

        Assert.Contains("aws:secretKey: [secret] configures the default aws provider", error.Message, StringComparison.Ordinal);
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
