using Infra.Policies.Packs;
using Infra.Tests.Support;

namespace Infra.Tests.Policies.Rules;

public sealed class RuleTableTests
{
    public static TheoryData<string> RuleIds() => [.. PolicyPacks.All.Rules.Select(rule => rule.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_documented_in_the_policies_readme_with_its_class_and_enforcement(string id)
    {
        var rule = PolicyPacks.All.Rules.Single(r => r.Id == id);
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "policies", "README.md"));

        var row = Assert.Single(readme, line => line.StartsWith($"| `{id}` |", StringComparison.Ordinal));

        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal($"`{rule.GetType().Name}`", cells[2]);
        Assert.Equal(rule.MandatoryEverywhere ? "everywhere" : rule.MandatoryInProduction ? "yes" : "no", cells[3]);
    }
}
