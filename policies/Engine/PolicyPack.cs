using System.Text.RegularExpressions;

namespace Infra.Policies.Engine;

/// <summary>
/// A named list of rules, e.g. <c>aws</c> or <c>kubernetes</c>. Packs compose with
/// <see cref="Compose"/>; rule ids are unique within a pack, so a finding names exactly one rule.
/// </summary>
public sealed partial class PolicyPack
{
    public PolicyPack(string name, IEnumerable<PolicyRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        Rules = [.. rules];
        foreach (var rule in Rules)
        {
            if (!RuleIdPattern().IsMatch(rule.Id) || rule.Id.StartsWith(EngineFindings.Prefix, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"rule {rule.GetType().Name} in pack '{name}' has id '{rule.Id}': use a pack prefix, a dash and three digits (e.g. 'AWS-001'); '{EngineFindings.Prefix}' is reserved for the engine",
                    nameof(rules));
            }
        }

        var duplicate = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"pack '{name}' has two rules with id '{duplicate.Key}' ({string.Join(", ", duplicate.Select(r => r.GetType().Name))}): give one of them the next free id",
                nameof(rules));
        }
    }

    public string Name { get; }

    /// <summary>The rules in the order they were given (findings are sorted independently of it).</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>One pack holding the rules of all <paramref name="packs"/>; their ids must not collide.</summary>
    public static PolicyPack Compose(string name, params IEnumerable<PolicyPack> packs) =>
        new(name, packs.SelectMany(p => p.Rules));

    public override string ToString() => $"{Name} ({Rules.Count} rules)";

    [GeneratedRegex("^[A-Z][A-Z0-9]*-[0-9]{3}$")]
    private static partial Regex RuleIdPattern();
}
