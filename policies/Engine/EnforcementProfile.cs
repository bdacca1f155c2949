using System.Collections.Immutable;

namespace Infra.Policies.Engine;

/// <summary>
/// A stack's enforcement overrides, rule id to enforcement (from the stack's config). A rule not
/// listed runs at its default for the stack's environment (<see cref="PolicyRule.DefaultEnforcement"/>).
/// A production stack may raise any rule and change advisory ones, but may not lower a rule that
/// is mandatory in production: such an override is refused (see <see cref="Decide"/>); the way
/// to accept a known violation there is a reviewed, expiring waiver. A rule mandatory everywhere
/// (<see cref="PolicyRule.MandatoryEverywhere"/>) is mandatory in every environment, so no stack may lower it.
/// </summary>
public sealed class EnforcementProfile
{
    private readonly ImmutableSortedDictionary<string, Enforcement> overrides;

    private EnforcementProfile(ImmutableSortedDictionary<string, Enforcement> overrides) => this.overrides = overrides;

    /// <summary>No overrides: every rule runs at its default.</summary>
    public static EnforcementProfile Defaults { get; } = new(ImmutableSortedDictionary.Create<string, Enforcement>(StringComparer.Ordinal));

    /// <summary>The overrides, sorted by rule id.</summary>
    public IReadOnlyDictionary<string, Enforcement> Overrides => overrides;

    /// <summary>A profile that also sets <paramref name="ruleId"/> to <paramref name="enforcement"/> (the last setting wins).</summary>
    public EnforcementProfile With(string ruleId, Enforcement enforcement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        return new(overrides.SetItem(ruleId, enforcement));
    }

    /// <summary>The rule's effective enforcement on the stack, and the override refused on the way if any.</summary>
    public EnforcementDecision Decide(PolicyRule rule, StackFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var fallback = rule.DefaultEnforcement(facts);
        if (!overrides.TryGetValue(rule.Id, out var requested))
        {
            return new(fallback, RefusedOverride: null);
        }

        var lowersProductionRule = fallback == Enforcement.Mandatory && requested < Enforcement.Mandatory;
        return lowersProductionRule ? new(fallback, requested) : new(requested, RefusedOverride: null);
    }
}
