using Infra.Aws;
using Infra.Aws.Iam;
using Infra.Aws.Kms;
using Infra.Model;

namespace Infra.Tests.Aws;

public class KeyPolicyDocumentTests
{
    private static readonly AwsAccount Account = AwsAccount.Of(new InfraProgram("infra", "key policy test").Root);

    private static readonly PolicyDocument Document = KeyPolicyDocument.For(Account,
    [
        new KeyUser("ApiServersEncryptSecrets", ["arn:aws:iam::111122223333:role/prod-control-plane"], ["kms:Decrypt", "kms:Encrypt"]),
        new KeyUser("ReadersDecryptThroughSsm", ["arn:aws:iam::111122223333:role/prod-worker"], ["kms:Decrypt"], "ssm.eu-west-1.amazonaws.com"),
    ]);

    [Fact]
    public void The_account_administers_the_key_but_may_neither_encrypt_decrypt_nor_grant()
    {
        var administration = Document.Statement[0];

        Assert.Equal("AccountAdministersKey", administration.Sid);
        Assert.Equal(":root", ExprText.Of(Assert.Single(administration.Principal!.Aws!))[^5..]);
        Assert.Contains("kms:PutKeyPolicy", administration.Action);
        Assert.DoesNotContain(administration.Action, a => a is "kms:*" or "kms:Decrypt" or "kms:Encrypt" or "kms:CreateGrant" or "kms:ReEncryptFrom" || a.StartsWith("kms:GenerateDataKey", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_user_is_named_by_its_roles_with_only_its_actions()
    {
        var user = Document.Statement[1];

        Assert.Equal(["arn:aws:iam::111122223333:role/prod-control-plane"], user.Principal!.Aws!.Select(ExprText.Of));
        Assert.Equal(["kms:Decrypt", "kms:Encrypt"], user.Action);
        Assert.Null(user.Condition);
    }

    [Fact]
    public void A_user_that_must_come_through_a_service_is_held_to_it()
    {
        var user = Document.Statement[2];

        Assert.Equal(["ssm.eu-west-1.amazonaws.com"], user.Condition!["StringEquals"]["kms:ViaService"].Select(ExprText.Of));
    }

    [Fact]
    public void A_user_given_an_administration_action_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => KeyPolicyDocument.For(Account, [new KeyUser("Operators", ["arn:aws:iam::111122223333:role/ops"], ["kms:PutKeyPolicy"])]));

        Assert.Contains("'kms:PutKeyPolicy' administers the key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_policy_naming_no_user_is_refused()
    {
        Assert.Throws<ArgumentException>(() => KeyPolicyDocument.For(Account, []));
    }
}
