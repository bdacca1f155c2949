using System.Text;
using Infra.Model;

namespace Infra.Emit.Render;

/// <summary>
/// Plain YAML for people and tools: literals as they are, and every value known only at deploy
/// time as a visible placeholder naming its source, e.g. <c>&lt;deploy-time: network-vpc.id&gt;</c>.
/// Secrets render as <c>&lt;secret&gt;</c>, never their value.
/// </summary>
public sealed class RenderDialect : YamlDialect
{
    public static readonly RenderDialect Instance = new();

    public override string EscapeLiteral(string text) => text;

    public override object Lower(IDeployTimeValue value) => value switch
    {
        FunctionCall { Name: "fn::secret" } => "<secret>",
        ConfigReference { Variable.Secret: true } config => $"<secret: {config.Source}>",
        Interpolation interpolation => Placeholders(interpolation),
        _ => $"<deploy-time: {value.Source}>",
    };

    private string Placeholders(Interpolation interpolation)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolation.Parts)
        {
            builder.Append(part is IDeployTimeValue node ? (string)Lower(node) : (string)part);
        }

        return builder.ToString();
    }
}
