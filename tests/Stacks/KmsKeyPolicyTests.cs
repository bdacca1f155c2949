using Infra.Aws.Kms;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Aws;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

public class KmsKeyPolicyTests
{
    private static readonly Infra.Model.InfraProgram Prod = ClusterLayer.Build(StackConfigLoader.FromStackFile(RepositoryRoot.Path, "prod"));

    [Fact]
    public void Every_KMS_key_of_the_prod_cluster_has_a_key_policy_of_its_own()
    {
        var keys = Prod.ResourcesOf<Key>().ToList();
        var policed = Prod.ResourcesOf<KeyPolicy>().Select(p => ExprText.Of(p.Args.KeyId)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(3, keys.Count);
        Assert.All(keys, key => Assert.True(key.Args.Policy is not null || policed.Contains(ExprText.Of(key.KeyId)), $"{key.Name} has AWS's default key policy"));
    }

    [Fact]
    public void Every_key_policy_names_the_roles_that_use_the_key_beside_the_account_that_administers_it()
    {
        var documents = Prod.ResourcesOf<Key>().Where(k => k.Args.Policy is not null).Select(k => (Infra.Model.Expr<string>)k.Args.Policy!)
            .Concat(Prod.ResourcesOf<KeyPolicy>().Select(p => p.Args.Policy))
            .Select(policy => (Infra.Aws.Iam.PolicyDocument)((Infra.Model.FunctionCall)policy.Node).Argument)
            .ToList();

        Assert.Equal(3, documents.Count);
        Assert.All(documents, document =>
        {
            Assert.Equal("AccountAdministersKey", document.Statement[0].Sid);
            Assert.Contains(document.Statement.Skip(1).SelectMany(s => s.Principal!.Aws!).Select(ExprText.Of), arn => arn.Contains(":role/", StringComparison.Ordinal) || arn.StartsWith('<'));
        });
    }
}
