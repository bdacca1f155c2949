using System.Globalization;

namespace Infra.Emit;

/// <summary>
/// How one string is written in YAML: plain when no YAML 1.1 or 1.2 reader could read it as
/// anything but that string, a literal block for readable multi-line text, double-quoted otherwise.
/// </summary>
public static class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>True when <paramref name="value"/> can be written without quotes.</summary>
    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || Reserved.Contains(value))
        {
            return false;
        }

        var first = value[0];
        // Indicators and anything a reader could take for a number, date or special float.
        if ("-?:,[]{}#&*!|>'\"%@`+. =~".Contains(first, StringComparison.Ordinal) || char.IsDigit(first))
        {
            return false;
        }

        var last = value[^1];
        if (last is ':' or ' ')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c == '\u007f' || c > '\u007e')
            {
                return false;
            }

            if ((c == ':' && i + 1 < value.Length && value[i + 1] == ' ') || (c == '#' && value[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a literal block (<c>|</c>) keeps <paramref name="value"/> exactly and reads well.</summary>
    public static bool SuitsLiteralBlock(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal) || value.Trim('\n').Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if ((c < ' ' && c != '\n' && c != '\t') || c == '\u007f' || c == '\uFEFF' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                return false;
            }
        }

        // A block whose content starts with a space needs an indentation indicator; a line that is
        // only spaces before a later line confuses indentation detection. Quote those instead.
        if (value[0] == ' ' || value.Split('\n').Any(line => line.Length > 0 && line.Trim(' ').Length == 0))
        {
            return false;
        }

        return true;
    }

    /// <summary>The chomping indicator that keeps the trailing newlines exactly.</summary>
    public static string BlockHeader(string value)
    {
        if (!value.EndsWith('\n'))
        {
            return "|-";
        }

        return value.EndsWith("\n\n", StringComparison.Ordinal) ? "|+" : "|";
    }

    /// <summary>Writes <paramref name="value"/> double-quoted with YAML escapes.</summary>
    public static void WriteDoubleQuoted(TextWriter output, string value)
    {
        output.Write('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Write("\\\""); break;
                case '\\': output.Write("\\\\"); break;
                case '\n': output.Write("\\n"); break;
                case '\r': output.Write("\\r"); break;
                case '\t': output.Write("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f' || (c >= '\u0080' && c <= '\u009f') || c == '\uFEFF' || c == '\u2028' || c == '\u2029')
                    {
                        output.Write("\\u");
                        output.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Write(c);
                    }

                    break;
            }
        }

        output.Write('"');
    }

    /// <summary>Formats a number the way every YAML reader reads back the same value.</summary>
    public static string Number(object number) => number switch
    {
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) => f.ToString("R", CultureInfo.InvariantCulture),
        double or float => throw new ArgumentException($"the number {number} cannot be written to YAML: use a finite value"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"{number.GetType()} is not a number"),
    };
}
