using System.Globalization;
using Infra.NodePools;

namespace Infra.NodeAutoscaling;

/// <summary>
/// The priority expander's configuration (the <c>priorities</c> key of its ConfigMap: priority -> group name patterns; the
/// highest priority among the groups that fit the pending pods wins). The rule: a pod that fits several pools grows the one
/// meant for everything first, the specialised ones only when it is full, and a GPU pool last; within a kind, a pool with Spot
/// before an On-Demand one. By kind: general 40, compute 30 (cheaper per node than general, but at 2 GiB per vCPU it strands
/// memory-hungry pods' neighbours), memory 20 (dearer per node than general), GPU 10 (never a GPU node for a pod that merely
/// tolerates its taint); Spot adds <see cref="SpotBonus"/>. Groups that no pattern matches get <see cref="CatchAll"/>: the expander would
/// otherwise never grow them (its readme, "Configuration"). Ties (two pools of one kind) go to the second expander.
/// </summary>
public static class ExpanderPriorities
{
    /// <summary>Less than the gap between two kinds, so Spot never lifts a pool above the kind before it.</summary>
    public const int SpotBonus = 5;

    /// <summary>Any group, lowest priority: one added by hand still scales, after every pool of ours.</summary>
    public const int CatchAll = 1;

    /// <summary>Matches every group name.</summary>
    public const string CatchAllPattern = ".*";

    /// <summary>The priority of a pool of <paramref name="kind"/>, with or without Spot.</summary>
    public static int Of(NodePoolKind kind, bool spot) => kind switch
    {
        NodePoolKind.General => 40,
        NodePoolKind.Compute => 30,
        NodePoolKind.Memory => 20,
        NodePoolKind.Gpu => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a pool kind without an expansion priority: give it one here"),
    } + (spot ? SpotBonus : 0);

    /// <summary>
    /// The chart's <c>expanderPriorities</c>: priority (as text, the chart converts it) -> the pools' group name patterns, plus
    /// the catch-all. Ordered, so the same pools give the same bytes.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(IReadOnlyList<AutoscaledPool> pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var byPriority = pools
            .GroupBy(pool => Of(pool.Kind, pool.Spot))
            .Select(group => (Priority: group.Key, Patterns: (IReadOnlyList<string>)group.Select(pool => pool.GroupNamePattern).Order(StringComparer.Ordinal).ToArray()))
            .Append((Priority: CatchAll, Patterns: [CatchAllPattern]));
        return new SortedDictionary<string, IReadOnlyList<string>>(
            byPriority.ToDictionary(entry => entry.Priority.ToString(CultureInfo.InvariantCulture), entry => entry.Patterns, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
