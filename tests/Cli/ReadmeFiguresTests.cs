using System.Text.RegularExpressions;
using Infra.Tests.Support;

namespace Infra.Tests.Cli;

/// <summary>
/// Every measured figure in the README is a script's output pasted whole between
/// <c>&lt;!-- measured: bash .ci/SCRIPT --&gt;</c> and <c>&lt;!-- measured:end --&gt;</c>: the machine line, then the table.
/// </summary>
public partial class ReadmeFiguresTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    private static readonly IReadOnlyList<(string Script, string[] Lines)> Blocks = MeasuredBlock().Matches(Readme)
        .Select(m => (m.Groups["script"].Value, m.Groups["output"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        .ToList();

    [Fact]
    public void The_speed_figures_come_from_the_bench_and_compile_time_scripts()
    {
        Assert.Equal([".ci/bench", ".ci/compile-times"], Blocks.Select(b => b.Script));
    }

    [Fact]
    public void Every_measured_block_starts_with_the_machine_line_ci_machine_prints()
    {
        var format = PrintfFormat(Script(".ci/machine")).Single();

        Assert.All(Blocks, block => Assert.Matches(FormatPattern(format), block.Lines[0]));
    }

    [Fact]
    public void Every_measured_table_has_its_scripts_header_and_only_numbers_in_its_figure_columns()
    {
        Assert.All(Blocks, block =>
        {
            var header = PrintfFormat(Script(block.Script)).First(f => f.StartsWith('|'));
            Assert.Matches(FormatPattern(header), string.Join("\n", block.Lines[1..3]));
            Assert.All(block.Lines[3..], row => Assert.Matches(@"^\| [^|]+ (\| \d+(\.\d+)? )+\|$", row));
        });
    }

    [Fact]
    public void No_time_memory_or_ratio_figure_appears_outside_a_measured_block()
    {
        var prose = MeasuredBlock().Replace(Readme, "");

        Assert.DoesNotMatch(@"\b\d+(\.\d+)? ?(s|ms|MB|GB)\b|\b\d+(\.\d+)?x (faster|slower)\b", prose);
    }

    [Fact]
    public void The_readme_names_every_Debian_package_the_test_command_installs()
    {
        var packages = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".ci", "apt-packages"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

        Assert.Contains($"(packages: {string.Join(" ", packages)})", Regex.Replace(Readme, @"\s+", " "), StringComparison.Ordinal);
    }

    private static string Script(string path) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, path));

    /// <summary>The format strings of the script's <c>printf '...'</c> calls.</summary>
    private static IEnumerable<string> PrintfFormat(string script) => Printf().Matches(script).Select(m => m.Groups[1].Value.Replace("\\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));

    /// <summary>A printf format as a pattern: each <c>%s</c> or <c>%d</c> stands for some text.</summary>
    private static string FormatPattern(string format) => "^" + Regex.Escape(format).Replace("%s", ".+", StringComparison.Ordinal).Replace("%d", @"\d+", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal) + "$";

    [GeneratedRegex(@"<!-- measured: bash (?<script>\S+)[^>]*-->\n(?<output>.*?)<!-- measured:end -->", RegexOptions.Singleline)]
    private static partial Regex MeasuredBlock();

    [GeneratedRegex(@"^\s*printf '([^']*)'", RegexOptions.Multiline)]
    private static partial Regex Printf();
}
