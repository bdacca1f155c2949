using Infra.Model;
using Infra.Policies.Rules;
using Infra.Tests.Policies.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class GpuRequestsOnGpuPoolsTests
{
    private readonly GpuRequestsOnGpuPools rule = new();

    private readonly InfraProgram program = RuleFixture.Program();

    [Fact]
    public void Gpu_pods_pinned_to_a_gpu_pool_pass()
    {
        _ = CapacityFixture.GpuDeployment(program, "gpu", replicas: 2);

        Assert.Empty(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10), CapacityFixture.Pool("gpu", 4, gpus: 1))));
    }

    [Fact]
    public void Gpu_pods_pinned_to_a_pool_without_gpus_are_flagged_with_the_gpu_pools()
    {
        _ = CapacityFixture.GpuDeployment(program, "general", replicas: 2);

        var violation = Assert.Single(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10), CapacityFixture.Pool("gpu", 4, gpus: 1))));

        Assert.Equal("spec.template.spec.nodeSelector", violation.Property);
        Assert.Contains("are pinned to pool 'general', which has no GPUs: set NodeSelector node-pool to one of gpu", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpu_pods_naming_no_pool_are_flagged_even_without_pool_facts()
    {
        _ = CapacityFixture.GpuDeployment(program, pool: null, replicas: 2);

        Assert.Contains("name no pool", Assert.Single(RuleFixture.Violations(rule, program, PolicyFixture.Prod)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pods_without_gpu_requests_may_run_anywhere()
    {
        _ = RuleFixture.Deployment(program, replicas: 2);

        Assert.Empty(RuleFixture.Violations(rule, program, CapacityFixture.ProdWith(CapacityFixture.Pool("general", 10))));
    }
}
