using Infra.Platform;
using Infra.Stacks.Config;
using static Infra.Tests.Config.StackConfigInput;

namespace Infra.Tests.Config;

public class TenantParserTests
{
    private const string TwoTenants = "{storefront: {tier: service, cpu: 64, memory: 256}, analytics: {tier: batch, cpu: 32, memory: 128, bestEffortPods: 50}}";

    private const string TwoTenantsJson = """{"storefront": {"tier": "service", "cpu": 64, "memory": 256}, "analytics": {"tier": "batch", "cpu": 32, "memory": 128, "bestEffortPods": 50}}""";

    [Fact]
    public void Declared_tenants_are_read_as_their_tiers_in_name_order()
    {
        var tenants = LoadFile("prod-platform", ProdWith("infra:tenants", TwoTenants)).Tenants;

        Assert.Equal(["analytics", "storefront"], tenants.Keys);
        Assert.Equal([TenantTier.Batch(32, 128, bestEffortPods: 50), TenantTier.Service(64, 256)], tenants.Values);
    }

    [Fact]
    public void Unset_declares_no_tenants()
    {
        Assert.Empty(LoadFile("prod-platform", ValidProd).Tenants);
    }

    [Fact]
    public void Tenants_from_a_stack_file_and_from_PULUMI_CONFIG_make_equal_configs()
    {
        var fromFile = LoadFile("prod-platform", ProdWith("infra:tenants", TwoTenants));
        var fromPulumi = StackConfigLoader.FromEnvironment(Environment("prod-platform", new Dictionary<string, string>(ValidProd) { ["infra:tenants"] = TwoTenantsJson }));

        Assert.Equal(fromFile, fromPulumi);
        Assert.Equal(fromFile.GetHashCode(), fromPulumi.GetHashCode());
    }

    [Fact]
    public void The_cluster_layer_refuses_tenants_and_names_the_platform_stack_file()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod", ProdWith("infra:tenants", TwoTenants)));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("Pulumi.prod.yaml: infra:tenants: ", problem, StringComparison.Ordinal);
        Assert.EndsWith("is not read by the cluster layer: move it to Pulumi.prod-platform.yaml", problem, StringComparison.Ordinal);
    }

    /// <summary>One bad tenant declaration, the report line it must produce (key path, quoted value, problem) and a fragment of its fix.</summary>
    public static TheoryData<string, string, string> BadTenants => new()
    {
        { "{Storefront: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.Storefront: 'Storefront' is not a namespace name", "use a DNS label of at most 63 lower-case letters, digits and '-'" },
        { "{store_front: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.store_front: 'store_front' is not a namespace name", "such as storefront" },
        { "{storefront-: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.storefront-: 'storefront-' is not a namespace name", "starting and ending with a letter or digit" },
        { $"{{{new string('a', 64)}: {{tier: service, cpu: 1, memory: 1}}}}", $"infra:tenants.{new string('a', 64)}: ", "is not a namespace name" },
        { "{kube-system: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.kube-system: 'kube-system' is reserved for Kubernetes", "name the tenant otherwise" },
        { "{default: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.default: 'default' is reserved for Kubernetes", "name the tenant otherwise" },
        { "{kube-tenant: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.kube-tenant: 'kube-tenant' is reserved for Kubernetes", "every kube-* name" },
        { "{calico-system: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.calico-system: 'calico-system' is reserved for the privileged system components", "name the tenant otherwise" },
        { "{monitoring: {tier: service, cpu: 1, memory: 1}}", "infra:tenants.monitoring: 'monitoring' is reserved for the platform layer", "(reserved: apps, calico-system, default, kube-node-lease, kube-public, kube-system, logging, monitoring, tigera-operator and every kube-* name)" },
        { "[storefront]", "infra:tenants: '[\"storefront\"]' is not a map", "write a map such as {storefront: {tier: service, cpu: 64, memory: 256}" },
        { "{storefront: service}", "infra:tenants.storefront: 'service' is not a map", "write a map such as {tier: service, cpu: 64, memory: 256}" },
        { "{storefront: {cpu: 1, memory: 1}}", "infra:tenants.storefront.tier: not set", "say whether its pods all request resources (tier: service) or some run BestEffort (tier: batch)" },
        { "{storefront: {tier: servce, cpu: 1, memory: 1}}", "infra:tenants.storefront.tier: 'servce' is not one of service, batch (did you mean 'service'?)", "use one of them" },
        { "{storefront: {tier: service, memory: 1}}", "infra:tenants.storefront.cpu: not set", "give the cores its pods may request in total, such as cpu: 64" },
        { "{storefront: {tier: service, cpu: 0, memory: 1}}", "infra:tenants.storefront.cpu: '0' is out of range", "use a number from 1 to 15000" },
        { "{storefront: {tier: service, cpu: 15001, memory: 1}}", "infra:tenants.storefront.cpu: '15001' is out of range", "use a number from 1 to 15000" },
        { "{storefront: {tier: service, cpu: 1}}", "infra:tenants.storefront.memory: not set", "give the GiB its pods may request in total, such as memory: 256" },
        { "{storefront: {tier: service, cpu: 1, memory: 64Gi}}", "infra:tenants.storefront.memory: '64Gi' is not a whole number", "use a number from 1 to 120000" },
        { "{storefront: {tier: service, cpu: 1, memory: -1}}", "infra:tenants.storefront.memory: '-1' is out of range", "use a number from 1 to 120000" },
        { "{storefront: {tier: service, cpu: 1, memory: 1, bestEffortPods: 10}}", "infra:tenants.storefront.bestEffortPods: '10' is for batch tenants only", "remove it, or set tier: batch" },
        { "{analytics: {tier: batch, cpu: 1, memory: 1}}", "infra:tenants.analytics.bestEffortPods: not set", "give how many BestEffort pods the batch tenant may run at once, such as bestEffortPods: 50" },
        { "{analytics: {tier: batch, cpu: 1, memory: 1, bestEffortPods: 0}}", "infra:tenants.analytics.bestEffortPods: '0' is out of range", "use a number from 1 to 150000" },
        { "{analytics: {tier: batch, cpu: 1, memory: 1, bestEfortPods: 5}}", "infra:tenants.analytics.bestEfortPods: '5' is not a known field (did you mean 'bestEffortPods'?)", "use tier, cpu, memory, bestEffortPods" },
    };

    [Theory]
    [MemberData(nameof(BadTenants))]
    public void A_bad_tenant_is_reported_with_file_key_value_and_fix(string yamlValue, string expectedLine, string expectedFix)
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:tenants", yamlValue)));

        var line = Assert.Single(error.Problems, p => p.StartsWith($"Pulumi.prod-platform.yaml: {expectedLine}", StringComparison.Ordinal));
        Assert.Contains(expectedFix, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_tenant_is_reported_and_good_ones_do_not_hide_them()
    {
        var error = Assert.Throws<ConfigException>(() => LoadFile("prod-platform", ProdWith("infra:tenants", "{apps: {tier: service, cpu: 1, memory: 1}, ok: {tier: service, cpu: 1, memory: 1}, reports: {tier: batch, cpu: 0, memory: 1}}")));

        Assert.Equal(["infra:tenants.apps", "infra:tenants.reports.bestEffortPods", "infra:tenants.reports.cpu"], error.Problems.Select(p => p.Split(": ")[1]).Order(StringComparer.Ordinal));
    }
}
