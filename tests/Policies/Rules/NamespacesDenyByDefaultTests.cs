using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class NamespacesDenyByDefaultTests
{
    private readonly NamespacesDenyByDefault rule = new();
    private readonly InfraProgram program = RuleFixture.Program();

    [Fact]
    public void A_namespace_declared_with_platform_namespace_passes()
    {
        _ = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs());

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_namespace_without_network_policies_is_flagged_for_both_directions_with_the_fix()
    {
        Namespace("apps");

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("apps/namespace", violation.ResourcePath);
        Assert.Contains("for ingress and egress", violation.Message, StringComparison.Ordinal);
        Assert.Contains("declare the namespace with PlatformNamespace", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_isolated_for_egress_only_is_flagged_for_ingress()
    {
        Namespace("apps");
        Policy("apps", new LabelSelector(), PolicyType.Egress);

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("isolates all its pods for ingress:", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deny_selecting_some_pods_does_not_count()
    {
        Namespace("apps");
        Policy("apps", NamespaceNetworkPolicies.MatchLabel("app", "web"), PolicyType.Ingress, PolicyType.Egress);

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_deny_in_another_namespace_does_not_count()
    {
        Namespace("apps");
        Policy("other", new LabelSelector(), PolicyType.Ingress, PolicyType.Egress);

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_namespace_labelled_platform_is_not_checked()
    {
        Namespace("monitoring", new Dictionary<string, Expr<string>> { [PlatformNamespace.KindLabel] = "platform" });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    private void Namespace(string name, IReadOnlyDictionary<string, Expr<string>>? labels = null) =>
        _ = new KubernetesNamespace(program.Root.Child(name), "namespace", new NamespaceArgs { Metadata = new ObjectMeta { Name = name, Labels = labels } });

    private void Policy(string ns, LabelSelector pods, params PolicyType[] types) =>
        _ = new NetworkPolicy(program.Root.Child(ns), $"deny-{types.Length}", new NetworkPolicyArgs
        {
            Metadata = new ObjectMeta { Name = "deny", Namespace = ns },
            Spec = new NetworkPolicySpec { PodSelector = pods, PolicyTypes = types },
        });
}
