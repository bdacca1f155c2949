using System.Text;

namespace Infra.Tests.Cis;

/// <summary>The outcome of one check on one target (a control plane, an etcd member, a node pool's kubelet).</summary>
/// <param name="Check">The check.</param>
/// <param name="Target">What was checked: a control-plane group, an etcd member, a kubelet configuration file.</param>
/// <param name="Passed">Whether the settings meet the check.</param>
/// <param name="Found">The settings the check read, as <c>name=value</c> or <c>name unset</c>.</param>
internal sealed record CisResult(CisCheck Check, string Target, bool Passed, string Found);

/// <summary>Runs <see cref="Cis112Checks"/> over rendered settings and prints the results for a failing test.</summary>
internal static class CisEvaluation
{
    /// <summary>Every check whose component <paramref name="settings"/> covers, in benchmark order.</summary>
    public static IReadOnlyList<CisResult> Evaluate(string target, IReadOnlyDictionary<CisComponent, IReadOnlyDictionary<string, string>> settings) =>
        Cis112Checks.All
            .Where(check => settings.ContainsKey(check.Component))
            .Select(check => Evaluate(check, target, settings[check.Component]))
            .ToList();

    public static CisResult Evaluate(CisCheck check, string target, IReadOnlyDictionary<string, string> settings) =>
        new(check, target, check.Requires.Holds(settings), string.Join(", ", check.Requires.Fields().Select(field => settings.TryGetValue(field, out var value) ? $"{field}={Shorten(value, 60)}" : $"{field} unset")));

    /// <summary>
    /// Fails, printing every result as a table, when a check fails that is not one of <paramref name="deviationIds"/>,
    /// or when a deviation is a check that passes or does not exist (a deviation nobody needs any more is a stale document).
    /// </summary>
    public static void AssertPassOrDocumentedDeviation(IReadOnlyList<CisResult> results, IReadOnlySet<string> deviationIds)
    {
        var undocumented = results.Where(r => !r.Passed && !deviationIds.Contains(r.Check.Id)).ToList();
        var stale = deviationIds.Where(id => !results.Any(r => r.Check.Id == id && !r.Passed)).ToList();
        if (undocumented.Count > 0 || stale.Count > 0)
        {
            Assert.Fail(
                $"failing checks that are not documented deviations: {Ids(undocumented.Select(r => r.Check.Id))}; "
                + $"deviations for checks that pass or are not evaluated here: {Ids(stale)}\n{Table(results, deviationIds)}");
        }
    }

    /// <summary>One line per result: id, target, PASS / FAIL / DEVIATION, scored or not, what it requires, what was found.</summary>
    public static string Table(IEnumerable<CisResult> results, IReadOnlySet<string> deviationIds)
    {
        var rows = results.Select(r => new[]
        {
            r.Check.Id,
            r.Target,
            r.Passed ? "PASS" : deviationIds.Contains(r.Check.Id) ? "DEVIATION" : "FAIL",
            r.Check.Scored ? "scored" : "manual",
            Shorten(r.Check.Requires.Describe(), 90),
            r.Found,
        }).Prepend(["id", "target", "result", "kind", "requires", "found"]).ToList();
        var widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "none";

    // Cipher lists and paths can be long: enough to recognise them keeps the table readable.
    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 3)] + "...";
}
