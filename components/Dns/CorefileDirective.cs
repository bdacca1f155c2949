using System.Text;

namespace Infra.Dns;

/// <summary>
/// One line of a Corefile: a plugin, or an option inside a plugin's block, with its arguments and its own block
/// (<c>cache 30 { success 9984 30 }</c>). Built by <see cref="CorefilePlugins"/>, whose factories take typed values
/// (durations, addresses, counts), never Corefile text.
/// </summary>
public sealed record CorefileDirective
{
    public CorefileDirective(string name, IReadOnlyList<string> arguments, IReadOnlyList<CorefileDirective>? block = null)
    {
        if (string.IsNullOrEmpty(name) || name.Any(c => char.IsWhiteSpace(c) || c is '{' or '}'))
        {
            throw new ArgumentException($"Corefile directive name '{name}' is empty or holds a space or brace: give one plugin or option name, e.g. 'cache'", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.FirstOrDefault(a => a.Length == 0 || a.Any(c => char.IsWhiteSpace(c) || c is '{' or '}')) is { } bad)
        {
            throw new ArgumentException($"Corefile argument '{bad}' of '{name}' is empty or holds a space or brace: pass each argument on its own", nameof(arguments));
        }

        Name = name;
        Arguments = arguments;
        Block = block ?? [];
    }

    public string Name { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The options between braces; empty when the directive has none.</summary>
    public IReadOnlyList<CorefileDirective> Block { get; }

    /// <summary>The name and arguments, as the chart's <c>name</c> and <c>parameters</c> hold them.</summary>
    public string Line => Arguments.Count == 0 ? Name : $"{Name} {string.Join(' ', Arguments)}";

    /// <summary>The block's lines, indented four spaces per level below this directive; empty without a block.</summary>
    public string BlockText()
    {
        var text = new StringBuilder();
        foreach (var option in Block)
        {
            option.Write(text, 0);
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Appends the directive at <paramref name="depth"/> (four spaces a level), its block between braces.</summary>
    public void Write(StringBuilder text, int depth)
    {
        ArgumentNullException.ThrowIfNull(text);
        var indent = new string(' ', depth * 4);
        text.Append(indent).Append(Line);
        if (Block.Count == 0)
        {
            text.Append('\n');
            return;
        }

        text.Append(" {\n");
        foreach (var option in Block)
        {
            option.Write(text, depth + 1);
        }

        text.Append(indent).Append("}\n");
    }
}
