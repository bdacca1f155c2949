using Infra.Emit;
using Infra.Model;

namespace Infra.NodePools;

/// <summary>
/// Plain YAML for cloud-init and the files it writes: literals stay as they are (the Pulumi
/// emitter escapes the whole user data afterwards), and deploy-time values are refused because
/// the user data is rendered when the program is compiled.
/// </summary>
internal sealed class CloudConfigDialect : YamlDialect
{
    public static readonly CloudConfigDialect Instance = new();

    public override string EscapeLiteral(string text) => text;

    public override object Lower(IDeployTimeValue value) =>
        throw new InvalidOperationException($"node user data is rendered at compile time and cannot hold {value.Source}: pass a literal value");

    /// <summary>Writes <paramref name="document"/> as YAML text.</summary>
    public static string Render(OrderedMap document) => YamlWriter.ToText(document, Instance);
}
