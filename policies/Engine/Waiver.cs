namespace Infra.Policies.Engine;

/// <summary>
/// A reviewed, expiring acceptance of one rule's findings on some resources of some stacks, read
/// from <c>policies/waivers.yaml</c> (<see cref="WaiverFile"/>). A waived finding is still
/// reported, marked with the waiver's id, but does not block.
/// </summary>
/// <param name="Id">Unique id, named in the findings it waives (<c>W-0001</c>).</param>
/// <param name="Rule">The rule id it waives (<c>AWS-001</c>).</param>
/// <param name="Resource">
/// The resource path it covers: exact (<c>network/vpc</c>), a prefix ending in <c>*</c>
/// (<c>network/subnet-*</c>), or empty for the rule's stack-wide findings.
/// </param>
/// <param name="Stacks">The stacks it applies to; empty when it applies by <paramref name="Environment"/>.</param>
/// <param name="Environment">The environment it applies to; null when it applies by <paramref name="Stacks"/>.</param>
/// <param name="Reason">Why the finding is acceptable for now.</param>
/// <param name="Owner">Who answers for it and renews or removes it.</param>
/// <param name="Expires">The last day it applies (UTC); the next day it becomes a mandatory finding itself.</param>
public sealed record Waiver(
    string Id,
    string Rule,
    string Resource,
    IReadOnlyList<string> Stacks,
    string? Environment,
    string Reason,
    string Owner,
    DateOnly Expires)
{
    private const char PrefixWildcard = '*';

    public bool AppliesTo(StackFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Environment is null
            ? Stacks.Contains(facts.Stack, StringComparer.Ordinal)
            : string.Equals(Environment, facts.Environment, StringComparison.Ordinal);
    }

    public bool IsExpiredOn(DateOnly today) => Expires < today;

    /// <summary>True when the finding is of this waiver's rule on a resource its pattern covers.</summary>
    public bool Covers(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Equals(finding.RuleId, Rule, StringComparison.Ordinal) && CoversPath(finding.ResourcePath);
    }

    private bool CoversPath(string path) =>
        Resource.EndsWith(PrefixWildcard)
            ? path.StartsWith(Resource[..^1], StringComparison.Ordinal)
            : string.Equals(path, Resource, StringComparison.Ordinal);

    /// <summary>The stacks or environment it applies to, as people read it in findings.</summary>
    public string ScopeDescription => Environment is null ? $"stacks {string.Join(", ", Stacks)}" : $"environment {Environment}";
}
