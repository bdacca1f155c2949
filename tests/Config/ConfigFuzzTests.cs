using System.Diagnostics;
using System.Text.RegularExpressions;
using Infra.Tests.Cli;
using Infra.Tests.Stacks;

namespace Infra.Tests.Config;

/// <summary>
/// The reference stack files, each mutated at one key (wrong types, sizes, unicode look-alikes, YAML anchors and
/// aliases, deep nesting, huge values), run through the real loader, composition and policy gate as <c>infra synth</c>:
/// every run ends in a program (exit 0), mandatory findings (exit 1) or short config messages (exit 2), never in an
/// unhandled exception. Seeded, so a failure names a case that reproduces.
/// </summary>
public sealed partial class ConfigFuzzTests : IDisposable
{
    private const int Seed = 20261202;

    private const int Cases = 300;

    /// <summary>Longest message line accepted: the cap on echoed values (80) twice, plus the key, problem and fix.</summary>
    private const int MaxLineLength = 700;

    /// <summary>Most lines of one refusal: one mutation may break a value and a check across keys, not more.</summary>
    private const int MaxProblems = 4;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(45);

    private static readonly string[] Values =
    [
        "[]", "{}", "~", "''", "-1", "0", "2147483648", "99999999999999999999", "1e308", ".nan", ".inf", "true", "0x10",
        "[" + new string('[', 15) + "1" + new string(']', 15) + "]", "{a: {b: {c: [1, {d: 2}]}}}",
        new string('x', 100_000), "\"" + string.Concat(Enumerable.Repeat("9", 5000)) + "\"",
        "prоd", "eu‑west‑1", "\"🚀\"", "\"a\\u0000b\"", "\"line one\\nline two\"", "\"\\t\"",
        "0.0.0.0/0", "[0.0.0.0/0]", "10.0.0.0/8", "10.30.0.0/28", "[eu-west-1a]", "[eu-west-1a, eu-west-1a, eu-west-1b]",
        "{general: {min: 5000, max: 5000, desired: 5000, instanceTypes: [m6i.xlarge]}}", "[{name: a, min: -1}]", "[{}]",
        "{vpcId: vpc-0123456789abcdef0}", "{vpcId: vpc-0123456789abcdef0, privateSubnetIds: [], publicSubnetIds: []}",
        "!!binary aGVsbG8=", "!custom tagged", "&anchor [1]", "*anchor", "{secure: v1:abc}", "{secure: [1]}",
        "{AWS-001: disabled}", "{NOPE-1: mandatory}", "[a, [b, [c]]]", "\"" + new string('é', 300) + "\"",
    ];

    private static readonly string[] Keys =
    [
        "aws:region", "infra:environment", "infra:owner", "infra:costCenter", "infra:availabilityZones", "infra:vpcCidr",
        "infra:existingVpc", "infra:natMode", "infra:nodePools", "infra:expectedNodes", "infra:policy", "infra:podCidr",
        "infra:serviceCidr", "infra:apiAllowedCidrs", "infra:clusterName", "infra:layer", "infra:clusterStack", "infra:tenants",
        "infra:nat Mode", "infra:vpсCidr", "aws:secretKey", "infr:natMode", "unnamespaced", "aws:regoin",
    ];

    private readonly TempProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Every_mutated_reference_stack_ends_in_a_program_mandatory_findings_or_short_config_messages()
    {
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var exitCodes = new HashSet<int>();
        for (var i = 0; i < Cases; i++)
        {
            var stack = StackFiles.Names[random.Next(StackFiles.Names.Count)];
            var key = Keys[random.Next(Keys.Length)];
            var value = Values[random.Next(Values.Length)];
            File.Copy(StackFiles.PathOf(stack), project.StackFile(stack), overwrite: true);
            project.WithConfigLine(stack, key, $"{key}: {value}");

            var result = Synth(stack);
            exitCodes.Add(result.ExitCode);
            var problem = Problem(result);
            if (problem is not null)
            {
                failures.Add($"case {i} ({stack}, {key}: {value[..Math.Min(value.Length, 60)]}): {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Superset(new HashSet<int> { 0, 2 }, exitCodes);
        Assert.True(clock.Elapsed < Budget, $"{Cases} cases took {clock.Elapsed}, over the {Budget} budget");
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_at_once_in_one_short_line()
    {
        var levels = Enumerable.Range(1, 9).Select(n => $"  l{n}: &l{n} [{string.Join(", ", Enumerable.Repeat($"*l{n - 1}", 9))}]");
        project.WithStackFile("prod", "config:\n  l0: &l0 \"lol\"\n" + string.Join('\n', levels) + "\n  infra:owner: *l9\n");
        var clock = Stopwatch.StartNew();

        var result = Synth("prod");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("infra: Pulumi.prod.yaml: line 2, column 7: a YAML anchor (&l0): remove it; stack files take no anchors or aliases", result.Error.TrimEnd());
    }

    [Fact]
    public void A_value_nested_deeper_than_any_key_takes_is_refused_with_its_line()
    {
        project.WithConfigLine("prod", "infra:nodePools", $"infra:nodePools: {new string('[', 10_000)}{new string(']', 10_000)}");

        var result = Synth("prod");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nest deeper than 16 levels", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < MaxLineLength, result.Error);
    }

    [Fact]
    public void A_huge_value_is_echoed_cut_to_eighty_characters()
    {
        project.WithConfigLine("prod", "infra:natMode", $"infra:natMode: {new string('x', 100_000)}");

        var result = Synth("prod");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"'{new string('x', 80)}…'", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < MaxLineLength, result.Error);
    }

    [Fact]
    public void A_cyrillic_look_alike_in_a_value_is_pointed_out()
    {
        project.WithConfigLine("prod", "infra:environment", "infra:environment: prоd");

        var result = Synth("prod");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'prоd' (the value's character 3, 'о', is U+043E, not ASCII: retype it)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cyrillic_look_alike_in_a_key_is_pointed_out()
    {
        project.WithConfigLine("prod", "infra:vpcCidr", "infra:vpсCidr: 10.30.0.0/16");

        var result = Synth("prod");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("infra:vpсCidr (the key's character 9, 'с', is U+0441, not ASCII: retype it)", result.Error, StringComparison.Ordinal);
    }

    private CliResult Synth(string stack) =>
        project.Run("synth", "--stack", stack, "--out", Path.Combine(project.Root, "program.yaml"));

    /// <summary>What is wrong with a run's outcome, or null when it is one of the three accepted ones.</summary>
    private static string? Problem(CliResult result)
    {
        if (StackTraceLine().IsMatch(result.AllOutput))
        {
            return $"a stack trace:\n{Head(result)}";
        }

        if (InternalName().Match(result.Error) is { Success: true } leak)
        {
            return $"a C# name or resource key ({leak.Value}) instead of a config key:\n{Head(result)}";
        }

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return result.ExitCode switch
        {
            0 => null,
            1 when result.Error.Contains("breaks mandatory policies", StringComparison.Ordinal) => null,
            2 when lines.Length is > 0 and <= MaxProblems && lines.All(line => line.StartsWith("infra: ", StringComparison.Ordinal) && line.Length <= MaxLineLength) => null,
            _ => $"not a program, mandatory findings or short config messages:\n{Head(result)}",
        };
    }

    private static string Head(CliResult result)
    {
        var text = result.ToString();
        return text.Length > 3000 ? text[..3000] + "…" : text;
    }

    /// <summary>Argument records (<c>NetworkArgs.VpcCidr</c>), parameter suffixes and .NET resource keys (<c>Arg_ParamName_Name</c>).</summary>
    [GeneratedRegex(@"\b[A-Z]\w*Args\.[A-Z]|\(Parameter '|\bArg_\w+")]
    private static partial Regex InternalName();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();
}
