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
    private static NodePoolConfig Pool(string name, bool localSsd = false) =>
        new() { Name = name, Min = 0, Max = 10, Desired = 0, InstanceTypes = new(["m6id.4xlarge"]), LocalSsd = localSsd };

    private static NodePoolConfig GpuPool(string name) =>
        new() { Name = name, Kind = NodePoolKind.Gpu, Min = 0, Max = 10, Desired = 0, InstanceTypes = new(["g4dn.xlarge"]) };

    private static InfraProgram Compose(params NodePoolConfig[] pools)
    {
        var program = new InfraProgram("test", "test");
        HardwareAddOns.Compose(program.Root, pools);
        return program;
    }

    [Fact]
    public void A_cluster_of_general_pools_gets_no_hardware_agents()
    {
        var program = Compose(Pool("general"));

        Assert.Empty(program.ResourcesOf<HelmRelease<NvidiaDevicePluginValues>>());
        Assert.Empty(program.ResourcesOf<HelmRelease<LocalVolumeProvisionerValues>>());
    }

    [Fact]
    public void A_gpu_pool_brings_the_device_plugin_once()
    {
        var program = Compose(Pool("general"), GpuPool("gpu"), GpuPool("inference"));

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
