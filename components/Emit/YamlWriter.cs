using System.Collections;
using Infra.Model;

namespace Infra.Emit;

/// <summary>
/// Writes a value tree as block-style YAML: two-space indents, sorted map keys (except
/// <see cref="OrderedMap"/> and args records, which keep declaration order), no anchors, no tags.
/// Same tree, same bytes. A <see cref="YamlDialect"/> decides how literals are escaped and how
/// deploy-time values are written, so Pulumi YAML and plain rendered YAML share one writer.
/// </summary>
public sealed class YamlWriter(TextWriter output, YamlDialect dialect)
{
    public void WriteDocument(OrderedMap document) => WriteEntries(Entries(document) ?? [], 0, inline: false);

    private void WriteEntries(List<KeyValuePair<string, object>> entries, int indent, bool inline)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 || !inline)
            {
                Indent(indent);
            }

            WriteKey(entries[i].Key);
            output.Write(':');
            WriteAfterIndicator(entries[i].Value, indent, isListItem: false);
        }
    }

    private void WriteItems(List<object> items, int indent)
    {
        foreach (var item in items)
        {
            Indent(indent);
            output.Write('-');
            WriteAfterIndicator(item, indent, isListItem: true);
        }
    }

    // Writes what follows "key:" or "-": a scalar on the same line, or a nested block below it.
    private void WriteAfterIndicator(object value, int indent, bool isListItem)
    {
        var node = Lower(value);
        var entries = Entries(node);
        if (entries is not null)
        {
            if (entries.Count == 0)
            {
                output.Write(" {}\n");
            }
            else if (isListItem)
            {
                output.Write(' ');
                WriteEntries(entries, indent + 2, inline: true);
            }
            else
            {
                output.Write('\n');
                WriteEntries(entries, indent + 2, inline: false);
            }

            return;
        }

        var items = Items(node);
        if (items is not null)
        {
            if (items.Count == 0)
            {
                output.Write(" []\n");
            }
            else
            {
                output.Write('\n');
                WriteItems(items, indent + 2);
            }

            return;
        }

        output.Write(' ');
        WriteScalar(node, indent + 2);
    }

    private object Lower(object value)
    {
        var node = value is IExpr expr ? expr.Node : value;
        while (node is IDeployTimeValue deployTime)
        {
            node = dialect.Lower(deployTime);
        }

        return node;
    }

    private static List<KeyValuePair<string, object>>? Entries(object node)
    {
        switch (node)
        {
            case OrderedMap ordered:
                return ordered;
            case IDictionary dictionary:
                var sorted = new List<KeyValuePair<string, object>>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is not null)
                    {
                        sorted.Add(new(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!, entry.Value));
                    }
                }

                sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                return sorted;
            case string or RawScalar:
                return null;
            default:
                return PropertyReader.IsRecord(node) && node is not IEnumerable ? PropertyReader.Read(node).ToList() : null;
        }
    }

    private static List<object>? Items(object node)
    {
        if (node is string || node is not IEnumerable enumerable)
        {
            return null;
        }

        var items = new List<object>();
        foreach (var item in enumerable)
        {
            items.Add(item ?? throw new InvalidOperationException("a list holds a null item: leave it out instead"));
        }

        return items;
    }

    private void WriteScalar(object node, int blockIndent)
    {
        switch (node)
        {
            case RawScalar raw:
                WriteString(raw.Text, blockIndent);
                break;
            case string text:
                WriteString(dialect.EscapeLiteral(text), blockIndent);
                break;
            case bool flag:
                output.Write(flag ? "true\n" : "false\n");
                break;
            case Enum member:
                WriteString(PropertyReader.EnumName(member), blockIndent);
                break;
            default:
                output.Write(YamlScalar.Number(node));
                output.Write('\n');
                break;
        }
    }

    private void WriteString(string text, int blockIndent)
    {
        if (YamlScalar.IsPlainSafe(text))
        {
            output.Write(text);
            output.Write('\n');
        }
        else if (YamlScalar.SuitsLiteralBlock(text))
        {
            output.Write(YamlScalar.BlockHeader(text));
            output.Write('\n');
            var lines = text.TrimEnd('\n').Split('\n');
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    Indent(blockIndent);
                    output.Write(line);
                }

                output.Write('\n');
            }

            // Keep chomping exact: "|+" needs the extra trailing newlines written as empty lines.
            for (var i = text.Length - 2; i >= 0 && text[i] == '\n' && text[^1] == '\n'; i--)
            {
                output.Write('\n');
            }
        }
        else
        {
            YamlScalar.WriteDoubleQuoted(output, text);
            output.Write('\n');
        }
    }

    private void WriteKey(string key)
    {
        if (YamlScalar.IsPlainSafe(key))
        {
            output.Write(key);
        }
        else
        {
            YamlScalar.WriteDoubleQuoted(output, key);
        }
    }

    private void Indent(int count)
    {
        for (var i = 0; i < count; i++)
        {
            output.Write(' ');
        }
    }
}

/// <summary>What differs between YAML targets: escaping of literal strings and the form of deploy-time values.</summary>
public abstract class YamlDialect
{
    public abstract string EscapeLiteral(string text);

    /// <summary>Turns a deploy-time value into a node the writer can write (a map, a raw scalar, ...).</summary>
    public abstract object Lower(IDeployTimeValue value);
}
