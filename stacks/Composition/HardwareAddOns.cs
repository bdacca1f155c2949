using Infra.Accelerators;
using Infra.LocalStorage;
using Infra.Model;
using Infra.NodePools;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The node agents a cluster's pools need for their hardware, each only when some pool has that hardware: NVIDIA's
/// device plugin for a pool of kind <c>gpu</c>, the local static provisioner and its storage class for a pool with <c>localSsd</c>.
/// </summary>
public static class HardwareAddOns
{
    /// <summary>Declares the agents <paramref name="pools"/> need, each with <paramref name="options"/>.</summary>
    public static void Compose(Scope scope, IReadOnlyList<NodePoolConfig> pools, ResourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pools);
        if (pools.Any(pool => pool.Kind == NodePoolKind.Gpu))
        {
            _ = new NvidiaDevicePlugin(scope, "nvidia-device-plugin", new NvidiaDevicePluginArgs(), options);
        }

        if (pools.Any(pool => pool.LocalSsd))
        {
            _ = new LocalVolumeProvisioner(scope, "local-volume-provisioner", new LocalVolumeProvisionerArgs(), options);
        }
    }
}
