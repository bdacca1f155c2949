using Infra.ControlPlane.Protection;
using Infra.Policies.Rules;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class SecretsEncryptedWithKmsTests
{
    private readonly SecretsEncryptedWithKms rule = new();

    private static readonly EncryptionProvider Kms = EncryptionProvider.Kms(new KmsConfiguration());

    [Fact]
    public void Api_servers_without_an_encryption_flag_are_flagged_on_their_group_with_the_fix()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithoutApiServerArg("encryption-provider-config"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("control-plane/eu-west-1a/group", violation.ResourcePath);
        Assert.Contains("run without --encryption-provider-config, so Secrets reach etcd in plain text: set it to /etc/kubernetes/encryption/config.yaml", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encryption_flag_naming_another_file_than_the_written_configuration_is_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithApiServerArg("encryption-provider-config", "/etc/kubernetes/other.yaml"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("from /etc/kubernetes/other.yaml, but it is written to /etc/kubernetes/encryption/config.yaml", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_servers_with_no_encryption_configuration_written_are_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Encryption = null });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("have no encryption configuration written: write EncryptionConfiguration.SecretsWithKms", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_not_covering_secrets_is_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Encryption = Covering("configmaps", Kms) });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("an encryption configuration that does not cover secrets", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_first_is_flagged_as_plain_text()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Encryption = Covering("secrets", EncryptionProvider.Identity, Kms) });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("write Secrets with the identity provider first, which stores them in plain text: write EncryptionConfiguration.SecretsWithKms(...): KMS first, identity last", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_entry_covering_secrets_decides()
    {
        var program = RuleFixture.Program();
        var encryption = new EncryptionConfiguration
        {
            Resources =
            [
                new ResourceEncryption { Resources = ["*."], Providers = [EncryptionProvider.Identity] },
                new ResourceEncryption { Resources = ["secrets"], Providers = [Kms] },
            ],
        };
        ControlPlaneGroup(program, Nodes() with { Encryption = encryption });

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Kms_first_for_every_resource_by_wildcard_passes()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes() with { Encryption = Covering("*.*", Kms, EncryptionProvider.Identity) });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void The_hardened_flags_and_secrets_with_kms_pass()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    private static EncryptionConfiguration Covering(string resource, params EncryptionProvider[] providers) => new()
    {
        Resources = [new ResourceEncryption { Resources = [resource], Providers = providers }],
    };
}
