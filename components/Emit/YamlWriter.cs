using System.Collections;
using System.Globalization;
using Infra.Model;

namespace Infra.Emit;

/// <summary>
/// Writes a value tree as block-style YAML: two-space indents, sorted map keys (except
/// <see cref="OrderedMap"/>, <see cref="OrderedEntries"/> and args records, which keep declaration
/// order), no anchors, no tags. Same tree, same bytes. It streams: records and ordered entries are
/// read as they are written, so emitting a large program allocates little beyond the model itself.
/// A <see cref="YamlDialect"/> decides how literals are escaped and how deploy-time values are
/// written, so Pulumi YAML and plain rendered YAML share one writer.
/// </summary>
public sealed class YamlWriter(TextWriter output, YamlDialect dialect)
{
    // One sort buffer per nesting depth of unordered maps, reused across the whole document.
    private readonly Stack<List<KeyValuePair<string, object>>> sortBuffers = new();

    /// <summary>The text of one document in <paramref name="dialect"/>, with "\n" line ends whatever the platform.</summary>
    public static string ToText(OrderedMap document, YamlDialect dialect)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        new YamlWriter(writer, dialect).WriteDocument(document);
        return writer.ToString();
    }

    public void WriteDocument(OrderedMap document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (key, value) in document)
        {
            WriteEntry(key, value, 0);
        }
    }

    private void WriteEntry(string key, object value, int indent)
    {
        WriteKey(key);
        output.Write(':');
        WriteAfterIndicator(value, indent, isListItem: false);
    }

    // Writes what follows "key:" or "-": a scalar on the same line, or a nested block below it.
    private void WriteAfterIndicator(object value, int indent, bool isListItem)
    {
        var node = Lower(value);
        if (IsMap(node))
        {
            WriteMap(node, indent, isListItem);
        }
        else if (node is IEnumerable list and not string)
        {
            WriteList(list, indent, isListItem);
        }
        else
        {
            output.Write(' ');
            WriteScalar(node, indent + 2);
        }
    }

    private void WriteMap(object node, int indent, bool isListItem)
    {
        var count = 0;
        switch (node)
        {
            case IDictionary dictionary:
                var sorted = RentSorted(dictionary);
                foreach (var (key, value) in sorted)
                {
                    WriteMapEntry(key, value, indent, isListItem, count++);
                }

                sorted.Clear();
                sortBuffers.Push(sorted);
                break;
            case OrderedMap map:
                foreach (var (key, value) in map)
                {
                    WriteMapEntry(key, value, indent, isListItem, count++);
                }

                break;
            case OrderedEntries entries:
                foreach (var (key, value) in entries.Entries)
                {
                    WriteMapEntry(key, value, indent, isListItem, count++);
                }

                break;
            default:
                // Args records: read property by property, with no enumerator or intermediate list.
                foreach (var property in PropertyReader.Properties(node.GetType()))
                {
                    if (property.ValueOf(node) is { } value)
                    {
                        WriteMapEntry(property.Name, value, indent, isListItem, count++);
                    }
                }

                break;
        }

        if (count == 0)
        {
            output.Write(" {}\n");
        }
    }

    // The first entry of a list item's map sits beside the dash; other entries start a line of their own.
    private void WriteMapEntry(string key, object value, int indent, bool isListItem, int index)
    {
        if (index == 0 && isListItem)
        {
            output.Write(' ');
        }
        else
        {
            if (index == 0)
            {
                output.Write('\n');
            }

            Indent(indent + 2);
        }

        WriteEntry(key, value, indent + 2);
    }

    // A list inside a list item starts beside the outer dash ("- - a"), like a map does ("- key: v").
    private void WriteList(IEnumerable items, int indent, bool isListItem)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (count == 0 && isListItem)
            {
                output.Write(' ');
            }
            else
            {
                if (count == 0)
                {
                    output.Write('\n');
                }

                Indent(indent + 2);
            }

            output.Write('-');
            WriteAfterIndicator(item ?? throw new InvalidOperationException("a list holds a null item: leave it out instead"), indent + 2, isListItem: true);
            count++;
        }

        if (count == 0)
        {
            output.Write(" []\n");
        }
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

    private static bool IsMap(object node) =>
        node is OrderedMap or OrderedEntries or IDictionary || (node is not IEnumerable && node is not RawScalar && PropertyReader.IsRecord(node));

    private List<KeyValuePair<string, object>> RentSorted(IDictionary dictionary)
    {
        var buffer = sortBuffers.Count > 0 ? sortBuffers.Pop() : [];
        if (dictionary is IEnumerable<KeyValuePair<string, Expr<string>>> labels)
        {
            // Labels, selectors and tags: read typed, so no entry or value is boxed on the way.
            foreach (var (key, value) in labels)
            {
                buffer.Add(new(key, value.Node));
            }
        }
        else
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Value is not null)
                {
                    buffer.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value));
                }
            }
        }

        buffer.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return buffer;
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
            case int or long:
                Span<char> digits = stackalloc char[24];
                ((ISpanFormattable)node).TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
                output.Write(digits[..length]);
                output.Write('\n');
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
            foreach (var line in text.TrimEnd('\n').Split('\n'))
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

    private const string Spaces = "                                                                ";

    private void Indent(int count)
    {
        for (; count > Spaces.Length; count -= Spaces.Length)
        {
            output.Write(Spaces);
        }

        output.Write(Spaces.AsSpan(0, count));
    }
}

/// <summary>What differs between YAML targets: escaping of literal strings and the form of deploy-time values.</summary>
public abstract class YamlDialect
{
    public abstract string EscapeLiteral(string text);

    /// <summary>Turns a deploy-time value into a node the writer can write (a map, a raw scalar, ...).</summary>
    public abstract object Lower(IDeployTimeValue value);
}
