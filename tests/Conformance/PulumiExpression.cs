using System.Text;

namespace Infra.Tests.Conformance;

/// <summary>
/// A Pulumi YAML string read the way pulumi-yaml reads it (ast/interpolation.go): literal text,
/// <c>${...}</c> property accesses, and <c>$$</c> standing for one literal <c>$</c>.
/// </summary>
internal sealed record PulumiExpression(IReadOnlyList<object> Parts)
{
    /// <summary>The single access when the whole string is exactly one <c>${...}</c>: its value is used as is, not stringified.</summary>
    public PropertyAccess? SoleAccess => Parts is [PropertyAccess access] ? access : null;

    public IEnumerable<PropertyAccess> Accesses => Parts.OfType<PropertyAccess>();

    public static PulumiExpression Parse(string text)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '$')
            {
                literal.Append('$');
                i++;
            }
            else if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = text.IndexOf('}', i + 2);
                if (end < 0)
                {
                    throw new FormatException($"'{text}' opens '${{' without closing '}}'");
                }

                if (literal.Length > 0)
                {
                    parts.Add(literal.ToString());
                    literal.Clear();
                }

                parts.Add(PropertyAccess.Parse(text[(i + 2)..end]));
                i = end;
            }
            else
            {
                literal.Append(text[i]);
            }
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(literal.ToString());
        }

        return new PulumiExpression(parts);
    }
}
