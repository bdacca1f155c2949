using System.Text.RegularExpressions;
using Infra.NodeAutoscaling;
using Infra.NodePools;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>
/// The cluster stack's node pools as the platform stack's Cluster Autoscaler sees them: each pool's Auto Scaling group by
/// name, and its kind.
/// </summary>
public static class AutoscaledPools
{
    /// <summary>
    /// The group of pool <paramref name="pool"/>: its logical name (<see cref="ClusterLayer"/> puts the pools under
    /// <c>node-pools</c>, <see cref="NodePool"/> names its group <c>group</c>) and the random hex suffix Pulumi auto-names it
    /// with. Anchored and hex-only after the name, so pool <c>gpu</c> never matches the group of pool <c>gpu-large</c>.
    /// </summary>
    public static string GroupNamePattern(string pool) => $"^node-pools-{Regex.Escape(pool)}-group-[0-9a-f]+$";

    /// <summary>The pools of <paramref name="config"/>, a cluster stack's config (a platform stack's <see cref="StackConfig.Cluster"/>), in its order.</summary>
    public static IReadOnlyList<AutoscaledPool> Of(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.NodePools.Select(pool => new AutoscaledPool(pool.Name, KindOf(pool), GroupNamePattern(pool.Name))).ToList();
    }

    /// <summary>The kind <see cref="ClusterLayer"/> gives a pool today, by its name, until the stack config states it.</summary>
    private static NodePoolKind KindOf(NodePoolConfig pool) => pool.Name switch
    {
        "compute" => NodePoolKind.Compute,
        "memory" => NodePoolKind.Memory,
        "gpu" => NodePoolKind.Gpu,
        _ => NodePoolKind.General,
    };
}
