using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Infra.Aws.Ec2;
using Infra.NodePools;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads <c>infra:nodePools</c>, written either as a map from pool name to pool or as a list of pools with a
/// <c>name</c>. A pool's <c>kind</c> (general unless set) says what it is for; its name never does. Fields a pool leaves
/// out come from the profile's default pool when the pool is of that pool's kind, else from the kind's preset
/// (<see cref="NodePoolPreset"/>, its share of the expected nodes as max): min and instanceTypes as they are, max raised
/// to min if needed, desired clamped into min..max, so overriding one bound never breaks the others.
/// </summary>
internal sealed partial class NodePoolParser(ConfigNodeReader read)
{
    private static readonly string[] Fields = ["name", "kind", "min", "max", "desired", "instanceTypes", "spotPercentage", "onDemandBase"];

    public EquatableList<NodePoolConfig> Read(ConfigKey key, NodePoolConfig profilePool, int expectedNodes)
    {
        if (!read.IsSet(key) || read.Structured(key) is not { } node)
        {
            return new([profilePool]);
        }

        NodePoolConfig Defaults(NodePoolKind kind) => kind == profilePool.Kind ? profilePool : FromPreset(NodePoolPreset.Of(kind), expectedNodes);
        var pools = node is JsonArray list
            ? list.Select((item, i) => ReadPool(item, $"{key.FullName}[{i}]", name: null, Defaults))
            : read.Map(node, key.FullName, key.Example)?.Select(entry => ReadPool(entry.Value, $"{key.FullName}.{entry.Key}", entry.Key, Defaults)) ?? [];
        var parsed = pools.OfType<NodePoolConfig>().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (node is JsonObject { Count: 0 } or JsonArray { Count: 0 })
        {
            read.Report.Bad(key.FullName, ConfigReport.Show(node), $"has no pools: define at least one, such as {key.Example}, or remove the key to use the profile's pool");
        }

        read.RejectDuplicates([.. parsed.Select(p => p.Name)], $"{key.FullName}.names");
        return new(parsed);
    }

    private NodePoolConfig? ReadPool(JsonNode? node, string path, string? name, Func<NodePoolKind, NodePoolConfig> defaultsOf)
    {
        if (read.Map(node, path, "{kind: general, min: 3, max: 100, instanceTypes: [m6i.xlarge]}") is not { } pool)
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

        var kind = pool["kind"] is { } kindNode && read.Text(kindNode, $"{path}.kind", "compute") is { } kindText
            ? read.Choice<NodePoolKind>(kindText, $"{path}.kind") ?? NodePoolKind.General
            : NodePoolKind.General;
        var defaults = defaultsOf(kind);
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

        CheckInstanceTypes(instanceTypes, path, kind);
        var spot = pool["spotPercentage"] is { } spotNode ? read.Integer(spotNode, $"{path}.spotPercentage", 0, 100) ?? 0 : 0;
        var onDemandBase = pool["onDemandBase"] is { } baseNode ? read.Integer(baseNode, $"{path}.onDemandBase", 0, Math.Max(0, max)) ?? 0 : 0;
        return new NodePoolConfig
        {
            Name = name ?? "",
            Kind = kind,
            Min = min,
            Max = max,
            Desired = desired,
            InstanceTypes = new(instanceTypes),
            SpotPercentage = spot,
            OnDemandBase = onDemandBase,
        };
    }

    /// <summary>Each type must be in the instance type table (its vCPUs, memory and architecture size the kubelet), all of one architecture (one image per pool).</summary>
    private void CheckInstanceTypes(IReadOnlyList<string> instanceTypes, string path, NodePoolKind kind)
    {
        var example = NodePoolPreset.Of(kind).InstanceTypes[0];
        foreach (var (type, i) in instanceTypes.Select((type, i) => (type, i)))
        {
            if (!InstanceTypePattern().IsMatch(type))
            {
                read.Report.Bad($"{path}.instanceTypes[{i}]", ConfigReport.Quote(type), $"is not an EC2 instance type: use family.size, such as {example}");
            }
            else if (Ec2InstanceTypes.Find(type) is null)
            {
                read.Report.Bad(
                    $"{path}.instanceTypes[{i}]",
                    ConfigReport.Quote(type),
                    $"is not in the instance type table (components/Aws/Ec2/Ec2InstanceTypes.cs): use a type of the {ConfigSpelling.Text(kind)} kind's families ({string.Join(", ", NodePoolPreset.Of(kind).Families)}), such as {example}");
            }
        }

        var architectures = instanceTypes.Select(Ec2InstanceTypes.Find).OfType<InstanceTypeSpec>().Select(spec => spec.Architecture.Name).Distinct().ToList();
        if (architectures.Count > 1)
        {
            read.Report.Bad($"{path}.instanceTypes", ConfigReport.Quote(string.Join(", ", instanceTypes)), $"mixes {string.Join(" and ", architectures)} types, but a pool boots one image: put Graviton (arm64) types in a pool of their own");
        }
    }

    private static NodePoolConfig FromPreset(NodePoolPreset preset, int expectedNodes) => new()
    {
        Name = ConfigSpelling.Text(preset.Kind),
        Kind = preset.Kind,
        Min = preset.MinSize,
        Max = preset.MaxSize(expectedNodes),
        Desired = preset.MinSize,
        InstanceTypes = new(preset.InstanceTypes),
    };

    private int? Field(JsonObject pool, string path, string field, int least) =>
        pool[field] is { } node ? read.Integer(node, $"{path}.{field}", least, ConfigSchema.MaxNodes) : null;

    [GeneratedRegex("^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$")]
    private static partial Regex PoolNamePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\.[a-z0-9]+$")]
    private static partial Regex InstanceTypePattern();
}
