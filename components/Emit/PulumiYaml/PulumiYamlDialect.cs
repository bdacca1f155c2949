using System.Text;
using Infra.Model;

namespace Infra.Emit.PulumiYaml;

/// <summary>
/// Pulumi YAML's reading of strings: <c>${...}</c> is an expression and <c>$$</c> is a literal
/// <c>$</c> (pulumi-yaml ast/interpolation.go). Literals are escaped accordingly; deploy-time values
/// become expressions and <c>fn::</c> maps.
/// </summary>
public sealed class PulumiYamlDialect : YamlDialect
{
    public static readonly PulumiYamlDialect Instance = new();

    /// <summary>Doubles each '$' that Pulumi YAML would otherwise read as the start of "${" or "$$".</summary>
    public override string EscapeLiteral(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i]);
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] is '$' or '{')
            {
                builder.Append('$');
            }
        }

        return builder.ToString();
    }

    public override object Lower(IDeployTimeValue value) => value switch
    {
        OutputReference output => new RawScalar($"${{{output.Resource.Name}.{output.PropertyPath}}}"),
        ResourceReference resource => new RawScalar($"${{{resource.Resource.Name}}}"),
        ConfigReference config => new RawScalar($"${{{config.Variable.Name}}}"),
        PulumiBuiltin builtin => new RawScalar($"${{pulumi.{builtin.Name}}}"),
        ProgramVariable variable => new RawScalar($"${{{variable.Name}}}"),
        Interpolation interpolation => new RawScalar(Interpolated(interpolation)),
        FunctionCall call => new OrderedMap().Add(call.Name, call.Argument),
        _ => throw new InvalidOperationException($"no Pulumi YAML form for {value.GetType().Name}"),
    };

    private string Interpolated(Interpolation interpolation)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolation.Parts)
        {
            builder.Append(part switch
            {
                string literal => EscapeLiteral(literal),
                OutputReference or ResourceReference or ConfigReference or PulumiBuiltin or ProgramVariable => ((RawScalar)Lower((IDeployTimeValue)part)).Text,
                _ => throw new InvalidOperationException($"{part.GetType().Name} cannot be part of an interpolated string: give it a name with InfraProgram.Variable and interpolate that"),
            });
        }

        return builder.ToString();
    }
}
