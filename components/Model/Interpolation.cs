using System.Runtime.CompilerServices;
using System.Text;

namespace Infra.Model;

/// <summary>
/// A string built from literals and deploy-time values: <c>Fn.Interpolate($"arn:aws:s3:::{bucket.Bucket}/*")</c>.
/// Literal parts are escaped by the emitter (a literal <c>${</c> becomes <c>$${</c>).
/// </summary>
public sealed class Interpolation : IDeployTimeValue
{
    internal Interpolation(IReadOnlyList<object> parts) => Parts = parts;

    /// <summary>Each part is a literal <see cref="string"/> or an <see cref="IDeployTimeValue"/>.</summary>
    public IReadOnlyList<object> Parts { get; }

    public string Source => string.Concat(Parts.Select(p => p is IDeployTimeValue v ? $"<{v.Source}>" : (string)p));
}

/// <summary>Collects the parts of an interpolated string; outputs and expressions stay references.</summary>
[InterpolatedStringHandler]
public ref struct InterpolationHandler
{
    private readonly List<object> parts;
    private StringBuilder? literal;

    public InterpolationHandler(int literalLength, int formattedCount)
    {
        parts = new List<object>(formattedCount * 2 + 1);
        literal = literalLength > 0 ? new StringBuilder(literalLength) : null;
    }

    public void AppendLiteral(string value) => (literal ??= new StringBuilder()).Append(value);

    public void AppendFormatted<T>(Output<T> output) => AppendNode(output.Reference);

    public void AppendFormatted<T>(Expr<T> expr)
    {
        if (expr.Node is IDeployTimeValue node)
        {
            AppendNode(node);
        }
        else
        {
            AppendLiteral(Convert.ToString(expr.Node, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    public void AppendFormatted(PulumiBuiltin builtin) => AppendNode(builtin);

    public void AppendFormatted(string? value) => AppendLiteral(value ?? string.Empty);

    public void AppendFormatted(int value) => AppendLiteral(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void AppendNode(IDeployTimeValue node)
    {
        FlushLiteral();
        parts.Add(node);
    }

    private void FlushLiteral()
    {
        if (literal is { Length: > 0 })
        {
            parts.Add(literal.ToString());
            literal.Clear();
        }
    }

    internal Expr<string> Build()
    {
        FlushLiteral();
        return parts.Count switch
        {
            0 => string.Empty,
            1 when parts[0] is string only => only,
            _ => Expr<string>.FromNode(new Interpolation(parts)),
        };
    }
}
