namespace Infra.Stacks.Config;

/// <summary>The shape of a config value. Scalars arrive as text on both input paths; lists, maps and objects
/// arrive as YAML nodes from a stack file and as JSON text inside <c>PULUMI_CONFIG</c>.</summary>
public enum ConfigValueType
{
    Text,
    Number,
    Cidr,
    TextList,
    CidrList,
    Map,

    /// <summary>Named fields, each with its own type (existingVpc, nodePools).</summary>
    Structure,
}
