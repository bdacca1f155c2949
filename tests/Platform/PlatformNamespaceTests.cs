using Infra.Kubernetes;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class PlatformNamespaceTests
{
    private readonly InfraProgram program = new("test", "test");

    [Fact]
    public void A_tenant_namespace_enforces_audits_and_warns_at_restricted_pinned_to_our_kubernetes_minor()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs());

        var labels = Labels(ns);
        foreach (var mode in new[] { "enforce", "audit", "warn" })
        {
            Assert.Equal("restricted", labels[$"pod-security.kubernetes.io/{mode}"]);
            Assert.Equal(KubernetesRelease.Minor, labels[$"pod-security.kubernetes.io/{mode}-version"]);
        }
    }

    [Fact]
    public void A_platform_namespace_has_no_quota()
    {
        _ = new PlatformNamespace(program.Root, "monitoring", new PlatformNamespaceArgs());

        Assert.Empty(program.ResourcesOf<ResourceQuota>());
        Assert.Empty(program.ResourcesOf<LimitRange>());
    }

    [Fact]
    public void A_service_tenant_gets_its_tier_label_a_compute_quota_over_all_pods_and_the_workload_defaults_for_bare_containers()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs { Tenant = TenantTier.Service(64, 256) });

        Assert.Equal("service", Labels(ns)[TenantTier.Label]);
        var quota = Assert.Single(program.ResourcesOf<ResourceQuota>());
        Assert.Null(quota.Args.Spec.Scopes);
        Assert.Equal("64", quota.Args.Spec.Hard["requests.cpu"]);
        var item = Assert.Single(Assert.Single(program.ResourcesOf<LimitRange>()).Args.Spec.Limits);
        Assert.Equal("Container", item.Type);
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "500m", ["memory"] = "512Mi" }, item.DefaultRequest);
        Assert.Equal(item.DefaultRequest, item.Default);
    }

    [Fact]
    public void A_batch_tenant_counts_requesting_pods_in_its_compute_quota_caps_best_effort_pods_by_number_and_fills_in_no_defaults()
    {
        var ns = new PlatformNamespace(program.Root, "analytics", new PlatformNamespaceArgs { Tenant = TenantTier.Batch(32, 128, bestEffortPods: 300) });

        Assert.Equal("batch", Labels(ns)[TenantTier.Label]);
        var quotas = program.ResourcesOf<ResourceQuota>().ToList();
        Assert.Equal([[QuotaScope.NotBestEffort], [QuotaScope.BestEffort]], quotas.Select(q => q.Args.Spec.Scopes));
        Assert.Equal(new Dictionary<string, string> { ["pods"] = "300" }, quotas[1].Args.Spec.Hard);
        Assert.Empty(program.ResourcesOf<LimitRange>());
    }

    [Fact]
    public void The_quotas_are_created_in_the_namespace_after_it()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs { Tenant = TenantTier.Service(8, 32) });

        Assert.Equal(ns.NameOutput.Reference, Assert.Single(program.ResourcesOf<ResourceQuota>()).Metadata!.Namespace!.Value.Node);
    }

    [Fact]
    public void The_namespace_is_named_after_the_component_id_by_default()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs());

        Assert.Equal("payments", ns.Namespace.Metadata!.Name!.Value.KnownValue);
    }

    [Fact]
    public void A_baseline_namespace_still_audits_and_warns_at_restricted()
    {
        var ns = new PlatformNamespace(program.Root, "legacy", new PlatformNamespaceArgs { Level = PodSecurityLevel.Baseline, Reason = "vendor image runs as root" });

        var labels = Labels(ns);
        Assert.Equal("baseline", labels["pod-security.kubernetes.io/enforce"]);
        Assert.Equal("restricted", labels["pod-security.kubernetes.io/audit"]);
        Assert.Equal("restricted", labels["pod-security.kubernetes.io/warn"]);
    }

    [Fact]
    public void A_system_namespace_may_be_privileged_and_keeps_its_reason_as_an_annotation()
    {
        var ns = new PlatformNamespace(program.Root, "calico-system", new PlatformNamespaceArgs
        {
            Level = PodSecurityLevel.Privileged,
            Reason = "calico-node manages host networking",
        });

        Assert.All(new[] { "enforce", "audit", "warn" }, mode => Assert.Equal("privileged", Labels(ns)[$"pod-security.kubernetes.io/{mode}"]));
        Assert.Equal("calico-node manages host networking", ns.Namespace.Metadata!.Annotations![PlatformNamespace.ReasonAnnotation].KnownValue);
    }

    [Fact]
    public void A_tenant_namespace_cannot_be_privileged()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs { Level = PodSecurityLevel.Privileged, Reason = "convenience" }));

        Assert.Contains("'payments' is privileged", error.Message, StringComparison.Ordinal);
        Assert.Contains("kube-system", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_below_restricted_needs_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new PlatformNamespace(program.Root, "legacy", new PlatformNamespaceArgs { Level = PodSecurityLevel.Baseline }));

        Assert.Contains("set Reason", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pod_security_labels_cannot_be_set_by_hand()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs
        {
            Labels = new Dictionary<string, Expr<string>> { ["pod-security.kubernetes.io/enforce"] = "privileged" },
        }));

        Assert.Contains("set Level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_labels_are_kept()
    {
        var ns = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs
        {
            Labels = new Dictionary<string, Expr<string>> { ["team"] = "payments" },
        });

        Assert.Equal("payments", Labels(ns)["team"]);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1.34")]
    [InlineData("v1.x")]
    public void The_policy_version_must_be_a_pinned_minor(string version)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs { PolicyVersion = version }));

        Assert.Contains($"'{version}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_is_an_application_namespace_by_default_and_says_so_in_its_label()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs());

        Assert.Equal(NamespaceKind.Application, ns.Kind);
        Assert.Equal("application", Labels(ns)[PlatformNamespace.KindLabel]);
    }

    [Fact]
    public void An_application_namespace_denies_by_default_then_allows_dns_and_calls_among_its_own_pods()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs());

        Assert.Equal(["default-deny", "allow-dns", "allow-within-namespace"], ns.NetworkPolicies.Select(p => p.Metadata!.Name!.Value.KnownValue));
    }

    [Fact]
    public void A_platform_namespace_denies_by_default_then_allows_dns_and_only_its_stated_allows()
    {
        var allow = NetworkAllow.Egress("log-store", "ships logs", null, null);

        var ns = new PlatformNamespace(program.Root, "logging", new PlatformNamespaceArgs { Kind = NamespaceKind.Platform, Allows = [allow] });

        Assert.Equal("platform", Labels(ns)[PlatformNamespace.KindLabel]);
        Assert.Equal(["default-deny", "allow-dns", "allow-log-store"], ns.NetworkPolicies.Select(p => p.Metadata!.Name!.Value.KnownValue));
    }

    [Fact]
    public void The_network_policies_are_created_in_the_namespace_after_it()
    {
        var ns = new PlatformNamespace(program.Root, "payments", new PlatformNamespaceArgs());

        Assert.All(ns.NetworkPolicies, policy => Assert.Equal(((Expr<string>)ns.NameOutput).Node, policy.Metadata!.Namespace!.Value.Node));
    }

    [Fact]
    public void The_kind_label_cannot_be_set_by_hand()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs
        {
            Labels = new Dictionary<string, Expr<string>> { [PlatformNamespace.KindLabel] = "platform" },
        }));

        Assert.Contains("set Kind instead", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Labels(PlatformNamespace ns) =>
        ns.Namespace.Metadata!.Labels!.ToDictionary(label => label.Key, label => label.Value.KnownValue);
}
