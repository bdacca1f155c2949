using Infra.NodePools;
using Infra.Stacks.Config;

namespace Infra.Stacks.Composition;

/// <summary>The tags every AWS resource, instance and volume carries: who owns it, who pays, which cluster and environment.</summary>
public static class RequiredTags
{
    public static IReadOnlyDictionary<string, string> For(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["cluster"] = config.ClusterName,
            ["environment"] = config.Environment.ToString().ToLowerInvariant(),
            ["owner"] = config.Owner,
            ["cost-center"] = config.CostCenter,
        };
        System.Diagnostics.Debug.Assert(values.Keys.SequenceEqual(NodePool.RequiredTagKeys.Order(StringComparer.Ordinal)), "the tag keys are the node pools' required keys");
        return values;
    }
}
