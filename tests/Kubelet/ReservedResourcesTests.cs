using Infra.Kubelet;

namespace Infra.Tests.Kubelet;

public class ReservedResourcesTests
{
    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 70)]
    [InlineData(4, 80)]
    [InlineData(16, 110)]
    [InlineData(64, 230)]
    public void Cpu_is_reserved_by_the_tiered_formula(int vcpus, int millicores)
    {
        Assert.Equal(millicores, ReservedResources.Kube(vcpus, 110).CpuMillicores);
    }

    [Theory]
    [InlineData(110, 1_465)]
    [InlineData(250, 3_005)]
    public void Kube_memory_grows_with_the_pods_a_node_may_run(int maxPods, int memoryMiB)
    {
        Assert.Equal(memoryMiB, ReservedResources.Kube(16, maxPods).MemoryMiB);
    }

    [Fact]
    public void The_kubelet_reads_them_as_quantities()
    {
        Assert.Equal(
            new Dictionary<string, string> { ["cpu"] = "110m", ["ephemeral-storage"] = "1Gi", ["memory"] = "1465Mi" },
            ReservedResources.Kube(16, 110).ToMap());
    }
}
