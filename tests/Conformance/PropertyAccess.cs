namespace Infra.Tests.Conformance;

/// <summary>
/// <c>root.a.b[0]["c-d"]</c>: a resource, config key or <c>pulumi</c> followed by property names
/// (strings) and list indexes (ints).
/// </summary>
internal sealed record PropertyAccess(string Root, IReadOnlyList<object> Path)
{
    public static PropertyAccess Parse(string text)
    {
        var path = new List<object>();
        var i = 0;
        var root = Name(text, ref i);
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                path.Add(Name(text, ref i));
            }
            else if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == '"')
            {
                var end = text.IndexOf("\"]", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"'${{{text}}}' has an unclosed [\"...\"]");
                }

                path.Add(text[(i + 2)..end]);
                i = end + 2;
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0 || !int.TryParse(text[(i + 1)..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    throw new FormatException($"'${{{text}}}' has an index that is not a number");
                }

                path.Add(index);
                i = end + 1;
            }
            else
            {
                throw new FormatException($"'${{{text}}}' is not a property access (unexpected '{text[i]}')");
            }
        }

        return new PropertyAccess(root, path);
    }

    private static string Name(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && text[i] is not ('.' or '['))
        {
            i++;
        }

        if (i == start)
        {
            throw new FormatException($"'${{{text}}}' has an empty name");
        }

        return text[start..i];
    }
}
