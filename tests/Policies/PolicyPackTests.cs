using Infra.Tests.Policies.Support;
using Infra.Policies.Engine;
using Infra.Policies.Packs;
using Infra.Tests.Support;

namespace Infra.Tests.Policies;

public class PolicyPackTests
{
    private static TestRule Rule(string id) => new(id, mandatoryInProduction: false, _ => []);

    [Fact]
    public void A_composed_pack_holds_the_rules_of_every_pack()
    {
        var composed = PolicyPack.Compose("all", new PolicyPack("aws", [Rule("AWS-001")]), new PolicyPack("k8s", [Rule("K8S-001"), Rule("K8S-002")]));

        Assert.Equal(["AWS-001", "K8S-001", "K8S-002"], composed.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyPack.Compose("all", new PolicyPack("a", [Rule("AWS-001")]), new PolicyPack("b", [Rule("AWS-001")])));

        Assert.Contains("two rules with id 'AWS-001'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws-001")]
    [InlineData("AWS-1")]
    [InlineData("POL-001")]
    public void A_rule_id_outside_the_scheme_is_refused(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new PolicyPack("test", [Rule(id)]));

        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registered_packs_compose_without_id_collisions()
    {
        Assert.Equal(PolicyPacks.Aws.Rules.Count + PolicyPacks.Kubernetes.Rules.Count + PolicyPacks.ControlPlane.Rules.Count + PolicyPacks.Network.Rules.Count + PolicyPacks.Capacity.Rules.Count, PolicyPacks.All.Rules.Count);
    }
}
