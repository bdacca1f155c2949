namespace Infra.Aws;

/// <summary>
/// The tags every AWS resource, instance and volume carries, so cost reports and incident tooling
/// can always answer which cluster and environment a resource serves, which team owns it and who pays.
/// </summary>
public static class RequiredTags
{
    public const string Cluster = "cluster";
    public const string Environment = "environment";
    public const string Owner = "owner";
    public const string CostCenter = "cost-center";

    public static IReadOnlyList<string> Keys { get; } = [Cluster, Environment, Owner, CostCenter];

    /// <summary>The required tags with their values, sorted by key.</summary>
    public static IReadOnlyDictionary<string, string> Of(string cluster, string environment, string owner, string costCenter) =>
        new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Cluster] = cluster,
            [Environment] = environment,
            [Owner] = owner,
            [CostCenter] = costCenter,
        };
}
