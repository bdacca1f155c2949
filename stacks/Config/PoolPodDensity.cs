using Infra.Aws.Ec2;
using Infra.Kubelet;

namespace Infra.Stacks.Config;

/// <summary>
/// The most pods any node of a cluster stack's pools runs: each pool's maxPods from its first instance type, as
/// <c>NodePoolArgs.MaxPods</c> derives it (<see cref="KubeletSettings.MaxPodsFor(int, int)"/>). It sizes every node's pod
/// address block, so the cluster stack's address plan and the platform stack's Calico pool are computed from it alike.
/// </summary>
public static class PoolPodDensity
{
    /// <summary>The largest maxPods of <paramref name="pools"/>; a type outside the table (already a config error) counts at the cluster's ceiling.</summary>
    public static int LargestMaxPods(IEnumerable<NodePoolConfig> pools, int expectedNodes)
    {
        ArgumentNullException.ThrowIfNull(pools);
        return pools
            .Select(pool => pool.InstanceTypes.Count > 0 && Ec2InstanceTypes.Find(pool.InstanceTypes[0]) is { } node
                ? KubeletSettings.MaxPodsFor(expectedNodes, node.Vcpus)
                : KubeletSettings.MaxPodsFor(expectedNodes))
            .DefaultIfEmpty(KubeletSettings.MaxPodsFor(expectedNodes))
            .Max();
    }
}
