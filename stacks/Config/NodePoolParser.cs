using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads <c>infra:nodePools</c>, written either as a map from pool name to pool or as a list of pools with a
/// <c>name</c>. Fields a pool leaves out come from the profile's default pool: min and instanceTypes as they are,
/// max raised to min if needed, desired clamped into min..max, so overriding one bound never breaks the others.
/// </summary>
internal sealed partial class NodePoolParser(ConfigNodeReader read)
{
    private static readonly string[] Fields = ["name", "min", "max", "desired", "instanceTypes", "localSsd"];

    public EquatableList<NodePoolConfig> Read(ConfigKey key, NodePoolConfig defaults)
    {
        if (!read.IsSet(key) || read.Structured(key) is not { } node)
        {
            return new([defaults]);
        }

        var pools = node is JsonArray list
            ? list.Select((item, i) => ReadPool(item, $"{key.FullName}[{i}]", name: null, defaults))
            : read.Map(node, key.FullName, key.Example)?.Select(entry => ReadPool(entry.Value, $"{key.FullName}.{entry.Key}", entry.Key, defaults)) ?? [];
        var parsed = pools.OfType<NodePoolConfig>().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (node is JsonObject { Count: 0 } or JsonArray { Count: 0 })
        {
            read.Report.Bad(key.FullName, ConfigReport.Show(node), $"has no pools: define at least one, such as {key.Example}, or remove the key to use the profile's pool");
        }

        read.RejectDuplicates([.. parsed.Select(p => p.Name)], $"{key.FullName}.names");
        return new(parsed);
    }

    private NodePoolConfig? ReadPool(JsonNode? node, string path, string? name, NodePoolConfig defaults)
    {
        if (read.Map(node, path, "{min: 3, max: 100, instanceTypes: [m6i.xlarge]}") is not { } pool)
        {
            return null;
        }

        read.RejectUnknownFields(pool, path, name is null ? Fields : Fields[1..]);
        name ??= pool["name"] is { } nameNode ? read.Text(nameNode, $"{path}.name", "general") : null;
        if (name is null)
        {
            read.Report.Missing($"{path}.name", "give each pool in the list a name, such as general");
        }
        else if (!PoolNamePattern().IsMatch(name))
        {
            read.Report.Bad(path, ConfigReport.Quote(name), "is not a valid pool name: use lower-case letters, digits and '-', starting with a letter, up to 20 characters");
        }

        var min = Field(pool, path, "min", 0) ?? defaults.Min;
        var max = Field(pool, path, "max", 1) ?? Math.Max(defaults.Max, min);
        var desired = Field(pool, path, "desired", 0) ?? Math.Clamp(defaults.Desired, min, Math.Max(min, max));
        if (min > max || desired < min || desired > max)
        {
            read.Report.Bad(path, ConfigReport.Quote($"min {min}, desired {desired}, max {max}"), "breaks min <= desired <= max: adjust the sizes");
        }

        var instanceTypes = pool["instanceTypes"] is { } typesNode
            ? read.TextList(typesNode, $"{path}.instanceTypes", "[m6i.xlarge]") ?? []
            : defaults.InstanceTypes;
        if (pool["instanceTypes"] is not null && instanceTypes.Count == 0)
        {
            read.Report.Bad($"{path}.instanceTypes", ConfigReport.Show(pool["instanceTypes"]), "is empty: list at least one instance type, such as [m6i.xlarge]");
        }

        foreach (var (type, i) in instanceTypes.Select((type, i) => (type, i)).Where(t => !InstanceTypePattern().IsMatch(t.type)))
        {
            read.Report.Bad($"{path}.instanceTypes[{i}]", ConfigReport.Quote(type), "is not an EC2 instance type: use family.size, such as m6i.xlarge");
        }

        var localSsd = pool["localSsd"] is { } localSsdNode && read.Boolean(localSsdNode, $"{path}.localSsd") == true;
        return new NodePoolConfig { Name = name ?? "", Min = min, Max = max, Desired = desired, InstanceTypes = new(instanceTypes), LocalSsd = localSsd };
    }

    private int? Field(JsonObject pool, string path, string field, int least) =>
        pool[field] is { } node ? read.Integer(node, $"{path}.{field}", least, ConfigSchema.MaxNodes) : null;

    [GeneratedRegex("^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$")]
    private static partial Regex PoolNamePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.[a-z0-9]+$")]
    private static partial Regex InstanceTypePattern();
}
