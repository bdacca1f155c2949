using Infra.Platform;

namespace Infra.Tests.Platform;

public class TenantTierTests
{
    [Fact]
    public void The_compute_quota_caps_requests_at_the_budget_cpu_limits_at_twice_it_and_memory_limits_at_it()
    {
        var hard = TenantTier.Service(cpuCores: 64, memoryGiB: 256).ComputeQuota();

        Assert.Equal("64", hard["requests.cpu"]);
        Assert.Equal("128", hard["limits.cpu"]);
        Assert.Equal("256Gi", hard["requests.memory"]);
        Assert.Equal("256Gi", hard["limits.memory"]);
    }

    [Fact]
    public void Pods_are_capped_at_the_kubelets_density_of_ten_per_requested_core()
    {
        Assert.Equal("640", TenantTier.Service(cpuCores: 64, memoryGiB: 256).ComputeQuota()["pods"]);
    }

    [Fact]
    public void Only_the_batch_tier_allows_best_effort_pods()
    {
        Assert.False(TenantTier.Service(8, 32).AllowsBestEffort);
        Assert.Equal(200, TenantTier.Batch(8, 32, bestEffortPods: 200).BestEffortPods);
    }

    [Theory]
    [InlineData(0, 32, null, "give it at least 1 core and 1 GiB")]
    [InlineData(8, 0, null, "give it at least 1 core and 1 GiB")]
    [InlineData(8, 32, 0, "allows 0 BestEffort pods: allow at least 1")]
    public void An_empty_budget_is_refused_with_the_fix(int cores, int memoryGiB, int? bestEffortPods, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => bestEffortPods is { } pods ? TenantTier.Batch(cores, memoryGiB, pods) : TenantTier.Service(cores, memoryGiB));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
