using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Tests.Conformance;

/// <summary>
/// One error of <c>tsc --pretty false</c>: <c>file(line,col): error TSxxxx: message</c>, with the
/// indented lines that follow (the elaboration, e.g. which nested property is wrong) folded into the message.
/// </summary>
internal sealed partial record TscDiagnostic(string? File, int Line, int Column, string Code, string Message)
{
    public static IReadOnlyList<TscDiagnostic> ParseAll(string output)
    {
        var diagnostics = new List<TscDiagnostic>();
        foreach (var line in output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (Located().Match(line) is { Success: true } located)
            {
                diagnostics.Add(new TscDiagnostic(
                    located.Groups["file"].Value,
                    int.Parse(located.Groups["line"].Value, CultureInfo.InvariantCulture),
                    int.Parse(located.Groups["column"].Value, CultureInfo.InvariantCulture),
                    located.Groups["code"].Value,
                    located.Groups["message"].Value));
            }
            else if (Global().Match(line) is { Success: true } global)
            {
                diagnostics.Add(new TscDiagnostic(null, 0, 0, global.Groups["code"].Value, global.Groups["message"].Value));
            }
            else if (line.StartsWith(' ') && diagnostics.Count > 0)
            {
                diagnostics[^1] = diagnostics[^1] with { Message = diagnostics[^1].Message + " " + line.Trim() };
            }
        }

        return diagnostics;
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): error (?<code>TS\d+): (?<message>.*)$")]
    private static partial Regex Located();

    [GeneratedRegex(@"^error (?<code>TS\d+): (?<message>.*)$")]
    private static partial Regex Global();
}
