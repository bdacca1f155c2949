using Infra.Aws.Ec2;
using Infra.Kubelet;
using Infra.NodePools;

namespace Infra.Tests.NodePools;

public class NodeTemplateResourcesTests
{
    private static IReadOnlyDictionary<string, string> Of(string instanceType, int rootVolumeGiB = 100)
    {
        var node = Ec2InstanceTypes.Find(instanceType)!;
        return NodeTemplateResources.Of(node, KubeletSettings.ForNode(1_000, 125, node.Vcpus, numaAligned: false), rootVolumeGiB);
    }

    [Fact]
    public void A_node_offers_its_capacity_less_reservations_and_eviction_thresholds()
    {
        // m7i.4xlarge: 16 vCPUs, 64 GiB, 110 pods: kube-reserved 110m and 1,465 MiB, system-reserved 100m and 100 MiB, eviction 500 MiB.
        var resources = Of("m7i.4xlarge");

        Assert.Equal("15790m", resources["cpu"]);
        Assert.Equal($"{(64 * 1024) - 1_465 - 100 - 500}Mi", resources["memory"]);
        Assert.Equal("88Gi", resources["ephemeral-storage"]);
    }

    [Fact]
    public void Gpu_nodes_offer_their_gpus()
    {
        Assert.Equal("4", Of("g4dn.12xlarge")[NodeTemplateResources.GpuResource]);
    }

    [Fact]
    public void Cpu_nodes_offer_no_gpus()
    {
        Assert.DoesNotContain(NodeTemplateResources.GpuResource, Of("c7i.4xlarge").Keys);
    }
}
