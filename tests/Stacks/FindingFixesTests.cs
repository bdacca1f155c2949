using System.Text.RegularExpressions;
using Infra.Policies.Engine;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Tests.Cli;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

/// <summary>Every finding of a reference stack tells the user what to change: a config key that stack reads, or a waiver; never a C# argument.</summary>
public partial class FindingFixesTests
{
    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_finding_names_a_key_the_stack_reads_or_a_waiver_and_no_csharp_argument(string stack)
    {
        var synthesis = StackPipeline.FromStackFile(RepositoryRoot.Path, stack, new FixedTime(InfraCli.Today));
        var unfixable = new List<string>();

        // Informational findings document deviations by design: there is nothing to fix.
        foreach (var finding in synthesis.Report.Findings.Where(f => f.Severity != Severity.Informational))
        {
            var keys = ConfigKeyMention().Matches(finding.Message).Select(m => m.Value.TrimEnd('.', ',', ':', ')')).ToList();
            if (keys.Count == 0 && !finding.Message.Contains("waiver", StringComparison.Ordinal))
            {
                unfixable.Add($"{finding.RuleId} names no config key and no waiver: {finding.Message}");
            }

            if (CSharpArgument().IsMatch(finding.Message))
            {
                unfixable.Add($"{finding.RuleId} names a C# argument: {finding.Message}");
            }

            foreach (var key in keys.Where(key => !finding.Message.Contains($"{key} of the cluster stack", StringComparison.Ordinal)))
            {
                if (ConfigSchema.Find(key.Split('.', '[')[0]) is not { } known || !known.Layers.Contains(synthesis.Config.Layer))
                {
                    unfixable.Add($"{finding.RuleId} names {key}, which the {synthesis.Config.Layer} layer does not read: {finding.Message}");
                }
            }
        }

        Assert.True(unfixable.Count == 0, $"{stack}:\n" + string.Join('\n', unfixable));
    }

    [GeneratedRegex(@"\b(infra|aws):[A-Za-z][\w.\[\]]*")]
    private static partial Regex ConfigKeyMention();

    [GeneratedRegex(@"\b[A-Z]\w*Args\.[A-Z]")]
    private static partial Regex CSharpArgument();
}
