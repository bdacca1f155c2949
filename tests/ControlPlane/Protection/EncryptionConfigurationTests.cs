using Infra.ControlPlane.Protection;
using Infra.Tests.Support;

namespace Infra.Tests.ControlPlane.Protection;

public class EncryptionConfigurationTests
{
    private readonly EncryptionConfiguration configuration = EncryptionConfiguration.SecretsWithKms(new KmsConfiguration());

    [Fact]
    public void Secrets_are_written_with_kms_and_still_read_with_identity()
    {
        var secrets = Assert.Single(configuration.Resources);

        Assert.Equal(["secrets"], secrets.Resources);
        Assert.Collection(
            secrets.Providers,
            first => Assert.NotNull(first.KmsConfiguration),
            last => Assert.NotNull(last.IdentityConfiguration));
    }

    [Fact]
    public void The_kms_provider_speaks_v2_to_the_aws_plugin_socket()
    {
        var kms = new KmsConfiguration();

        Assert.Equal("v2", kms.ApiVersion);
        Assert.StartsWith("unix:///", kms.Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kms_endpoint_that_is_not_a_unix_socket_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => EncryptionConfiguration.SecretsWithKms(new KmsConfiguration { Endpoint = "tcp://10.0.0.1:8080" }));

        Assert.Contains("'tcp://10.0.0.1:8080' is not a unix socket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_text_is_the_reviewed_configuration()
    {
        Golden.AssertMatches(configuration.ToYaml(), "encryption-configuration.yaml");
    }
}
