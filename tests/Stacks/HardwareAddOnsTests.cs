using Infra.Accelerators;
using Infra.Kubernetes.Helm;
using Infra.LocalStorage;
using Infra.Model;
using Infra.NodePools;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;

namespace Infra.Tests.Stacks;

public class HardwareAddOnsTests
{
    private static NodePoolConfig Pool(string name, NodePoolKind kind = NodePoolKind.General, bool localSsd = false) =>
        new() { Name = name, Kind = kind, Min = 0, Max = 10, Desired = 0, InstanceTypes = new(["i4i.4xlarge"]), LocalSsd = localSsd };

    private static InfraProgram Compose(params NodePoolConfig[] pools)
    {
        var program = new InfraProgram("test", "test");
        HardwareAddOns.Compose(program.Root, pools);
        return program;
    }

    [Fact]
    public void A_cluster_of_general_pools_gets_no_hardware_agents_even_one_named_gpu()
    {
        var program = Compose(Pool("general"), Pool("gpu"));

        Assert.Empty(program.ResourcesOf<HelmRelease<NvidiaDevicePluginValues>>());
        Assert.Empty(program.ResourcesOf<HelmRelease<LocalVolumeProvisionerValues>>());
    }

    [Fact]
    public void A_pool_of_kind_gpu_brings_the_device_plugin_once_whatever_its_name()
    {
        var program = Compose(Pool("general"), Pool("inference", NodePoolKind.Gpu), Pool("training", NodePoolKind.Gpu));

        Assert.Single(program.ResourcesOf<HelmRelease<NvidiaDevicePluginValues>>());
        Assert.Empty(program.ResourcesOf<HelmRelease<LocalVolumeProvisionerValues>>());
    }

    [Fact]
    public void Pools_with_local_ssd_bring_one_provisioner_and_its_storage_class()
    {
        var program = Compose(Pool("general"), Pool("storage", localSsd: true), Pool("scratch", localSsd: true));

        Assert.Single(program.ResourcesOf<HelmRelease<LocalVolumeProvisionerValues>>());
        Assert.Single(program.ResourcesOf<Infra.Kubernetes.Storage.StorageClass>());
    }
}
