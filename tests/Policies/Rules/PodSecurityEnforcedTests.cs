using Infra.Kubernetes.Core;
using Infra.Kubernetes.Meta;
using Infra.Model;
using Infra.Platform;
using Infra.Policies.Rules;

namespace Infra.Tests.Policies.Rules;

public sealed class PodSecurityEnforcedTests
{
    private readonly PodSecurityEnforced rule = new();

    [Fact]
    public void A_namespace_without_an_enforce_label_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new KubernetesNamespace(program.Root.Child("apps"), "namespace", new NamespaceArgs { Metadata = new ObjectMeta { Name = "apps" } });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("apps/namespace", violation.ResourcePath);
        Assert.Equal("metadata.labels[\"pod-security.kubernetes.io/enforce\"]", violation.Property);
        Assert.Contains("declare it with PlatformNamespace", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_privileged_namespace_without_a_reason_is_flagged_with_the_fix()
    {
        var program = RuleFixture.Program();
        _ = new KubernetesNamespace(program.Root.Child("agents"), "namespace", new NamespaceArgs
        {
            Metadata = new ObjectMeta
            {
                Name = "agents",
                Labels = new Dictionary<string, Expr<string>> { [PlatformNamespace.PodSecurityLabelPrefix + "enforce"] = "privileged" },
            },
        });

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal($"metadata.annotations[\"{PlatformNamespace.ReasonAnnotation}\"]", violation.Property);
        Assert.Contains("set Reason", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Platform_namespaces_pass_restricted_and_privileged_with_a_reason()
    {
        var program = RuleFixture.Program();
        _ = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs());
        _ = new PlatformNamespace(program.Root, "kube-system", new PlatformNamespaceArgs
        {
            Level = PodSecurityLevel.Privileged,
            Reason = "kube-proxy and CNI agents program the host network",
        });

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
