using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Platform;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads <c>infra:tenants</c>: a map from namespace name to the tenant's budget, a <see cref="TenantTier"/>. The name
/// becomes the namespace's, so it must be one Kubernetes accepts and none the cluster already has
/// (<see cref="NamespaceNames"/>); the tier decides which fields apply (<c>bestEffortPods</c>: batch only, and required
/// there, since BestEffort pods request nothing a compute quota could count).
/// </summary>
internal sealed partial class TenantParser(ConfigNodeReader read)
{
    /// <summary>Kubernetes' limit on a namespace name (a DNS label, RFC 1123).</summary>
    public const int MaxNameLength = 63;

    private const string TierField = "tier";

    private const string CpuField = "cpu";

    private const string MemoryField = "memory";

    private const string BestEffortPodsField = "bestEffortPods";

    private static readonly string[] Fields = [TierField, CpuField, MemoryField, BestEffortPodsField];

    private const string TenantExample = "{tier: service, cpu: 64, memory: 256}";

    private static readonly string[] Tiers = [TenantTier.ServiceName, TenantTier.BatchName];

    public EquatableDictionary<TenantTier> Read(ConfigKey key)
    {
        if (!read.IsSet(key) || read.Map(read.Structured(key), key.FullName, key.Example) is not { } map)
        {
            return new([]);
        }

        var tenants = new Dictionary<string, TenantTier>(StringComparer.Ordinal);
        foreach (var (name, node) in map)
        {
            var path = $"{key.FullName}.{name}";
            if (IsFreeName(name, path) && ReadBudget(node, path) is { } tier)
            {
                tenants[name] = tier;
            }
        }

        return new(tenants);
    }

    private bool IsFreeName(string name, string path)
    {
        if (name.Length > MaxNameLength || !NamespaceNamePattern().IsMatch(name))
        {
            read.Report.Bad(path, ConfigReport.Quote(name), $"is not a namespace name: use a DNS label of at most {MaxNameLength} lower-case letters, digits and '-', starting and ending with a letter or digit, such as storefront");
            return false;
        }

        if (NamespaceNames.ReservedFor(name) is { } holder)
        {
            read.Report.Bad(path, ConfigReport.Quote(name), $"is reserved for {holder}: name the tenant otherwise (reserved: {string.Join(", ", NamespaceNames.Reserved)} and every {NamespaceNames.KubernetesPrefix}* name)");
            return false;
        }

        return true;
    }

    /// <summary>One tenant's fields as its <see cref="TenantTier"/>; null when any is unusable (each reported).</summary>
    private TenantTier? ReadBudget(JsonNode? node, string path)
    {
        if (read.Map(node, path, TenantExample) is not { } fields)
        {
            return null;
        }

        read.RejectUnknownFields(fields, path, Fields);
        var tier = Tier(fields, path);
        var cpu = Quota(fields, path, CpuField, ConfigSchema.MaxTenantCpuCores, "the cores its pods may request in total, such as cpu: 64");
        var memory = Quota(fields, path, MemoryField, ConfigSchema.MaxTenantMemoryGiB, "the GiB its pods may request in total, such as memory: 256");
        var bestEffortPods = BestEffortPods(fields, path, tier);
        return (tier, cpu, memory, bestEffortPods) switch
        {
            (TenantTier.ServiceName, { } cores, { } gib, _) => TenantTier.Service(cores, gib),
            (TenantTier.BatchName, { } cores, { } gib, { } pods) => TenantTier.Batch(cores, gib, pods),
            _ => null,
        };
    }

    /// <summary><see cref="TenantTier.ServiceName"/> or <see cref="TenantTier.BatchName"/>; reported when missing or neither.</summary>
    private string? Tier(JsonObject fields, string path)
    {
        var fieldPath = $"{path}.{TierField}";
        if (fields[TierField] is not { } node)
        {
            read.Report.Missing(fieldPath, $"say whether its pods all request resources ({TierField}: {TenantTier.ServiceName}) or some run BestEffort ({TierField}: {TenantTier.BatchName})");
            return null;
        }

        return read.Text(node, fieldPath, TenantTier.ServiceName) is { } text ? read.Choice(text, fieldPath, Tiers) : null;
    }

    /// <summary>A whole-number quota from 1 to <paramref name="max"/>; reported when missing or out of range.</summary>
    private int? Quota(JsonObject fields, string path, string field, int max, string what)
    {
        if (fields[field] is { } node)
        {
            return read.Integer(node, $"{path}.{field}", 1, max);
        }

        read.Report.Missing($"{path}.{field}", $"give {what}");
        return null;
    }

    /// <summary>How many BestEffort pods a batch tenant may run at once; a service tenant has none to count.</summary>
    private int? BestEffortPods(JsonObject fields, string path, string? tier)
    {
        var fieldPath = $"{path}.{BestEffortPodsField}";
        if (fields[BestEffortPodsField] is not { } node)
        {
            if (tier == TenantTier.BatchName)
            {
                read.Report.Missing(fieldPath, $"give how many BestEffort pods the batch tenant may run at once, such as {BestEffortPodsField}: 50");
            }

            return null;
        }

        if (tier == TenantTier.ServiceName)
        {
            read.Report.Bad(fieldPath, ConfigReport.Show(node), $"is for batch tenants only: a service tenant's pods all request resources; remove it, or set {TierField}: {TenantTier.BatchName}");
            return null;
        }

        return read.Integer(node, fieldPath, 1, ConfigSchema.MaxTenantBestEffortPods);
    }

    /// <summary>A DNS label as Kubernetes checks a namespace name: lower-case letters, digits and '-', alphanumeric at both ends.</summary>
    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex NamespaceNamePattern();
}
