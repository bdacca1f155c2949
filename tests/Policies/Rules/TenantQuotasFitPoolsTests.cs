using Infra.Model;
using Infra.Platform;
using Infra.Policies.Engine;
using Infra.Policies.Rules;
using Infra.Tests.Policies.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class TenantQuotasFitPoolsTests
{
    private readonly TenantQuotasFitPools rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    [Fact]
    public void Tenants_whose_quotas_together_fit_the_untainted_pools_pass()
    {
        Tenant("storefront", TenantTier.Service(60, 200));
        Tenant("analytics", TenantTier.Batch(40, 200, bestEffortPods: 100));

        Assert.Empty(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", maxNodes: 10))));
    }

    [Fact]
    public void Quotas_beyond_the_pools_are_named_with_the_shortfall_and_the_fix()
    {
        Tenant("storefront", TenantTier.Service(80, 200));
        Tenant("analytics", TenantTier.Batch(40, 200, bestEffortPods: 100));

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", maxNodes: 10))));

        Assert.Contains("the tenants' quotas promise 120 cores of cpu requests (storefront 80 cores + analytics 40 cores) but the untainted pools at their maxima offer workloads 100 cores (general 10 x 10 cores, after DaemonSets): overcommitted by 20 cores", violation.Message, StringComparison.Ordinal);
        Assert.Contains("raise those pools' max in infra:nodePools, or lower the tenants' quotas (infra:tenants)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pools_daemon_sets_come_off_what_tenants_can_be_promised()
    {
        Tenant("storefront", TenantTier.Service(100, 200));
        var pool = CapacityFixture.Pool("general", maxNodes: 10) with { Agents = [new NodeAgent("calico-node", 0.5m, 0)] };

        Assert.Contains("overcommitted by 5 cores", Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(pool))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tainted_gpu_pool_holds_no_tenant()
    {
        Tenant("storefront", TenantTier.Service(60, 200));

        Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 5), CapacityFixture.Pool("gpu", 100, gpus: 1))));
    }

    [Fact]
    public void Without_pool_facts_there_is_nothing_to_check()
    {
        Tenant("storefront", TenantTier.Service(100_000, 200));

        Assert.Empty(RuleFixture.Violations(rule, program, PolicyFixture.Prod));
    }

    private void Tenant(string name, TenantTier tier) =>
        _ = new PlatformNamespace(program.Root, name, new PlatformNamespaceArgs { Name = name, Tenant = tier });
}
