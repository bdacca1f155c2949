using System.Globalization;

namespace Infra.Policies.Engine;

/// <summary>
/// The findings the engine raises about the policy setup itself (ids starting with <c>POL-</c>):
/// refused overrides, expired and unused waivers, rules that failed. They cannot be waived.
/// </summary>
public static class EngineFindings
{
    public const string Prefix = "POL-";

    public const string OverrideRefusedId = "POL-OVERRIDE";
    public const string OverrideUnknownRuleId = "POL-OVERRIDE-UNKNOWN";
    public const string WaiverExpiredId = "POL-WAIVER-EXPIRED";
    public const string WaiverUnusedId = "POL-WAIVER-UNUSED";
    public const string RuleFailedId = "POL-RULE-FAILED";

    /// <summary>
    /// Mandatory: a production stack tried to lower a rule that is mandatory in production. The
    /// override is ignored; a waiver is the reviewed, expiring way to accept a finding.
    /// </summary>
    public static Finding OverrideRefused(PolicyRule rule, Enforcement requested, StackFacts facts) => new(
        OverrideRefusedId,
        string.Empty,
        string.Empty,
        Severity.Mandatory,
        $"the stack's config sets {rule.Id} ({rule.Title}) to {Name(requested)}, but {rule.Id} is mandatory in environment '{facts.Environment}' and cannot be lowered there; "
        + $"the override is ignored: remove it, and waive specific findings in {WaiverFile.DefaultPath} instead");

    /// <summary>Advisory: an override names no rule of the pack, so it changes nothing (usually a typo).</summary>
    public static Finding OverrideUnknownRule(string ruleId, PolicyPack pack) => new(
        OverrideUnknownRuleId,
        string.Empty,
        string.Empty,
        Severity.Advisory,
        $"the stack's config overrides rule '{ruleId}', which pack '{pack.Name}' does not have: correct the rule id or remove the override");

    /// <summary>Mandatory: an expired waiver waives nothing and must be renewed or removed.</summary>
    public static Finding WaiverExpired(Waiver waiver) => new(
        WaiverExpiredId,
        string.Empty,
        string.Empty,
        Severity.Mandatory,
        $"waiver '{waiver.Id}' ({waiver.Rule} on '{waiver.Resource}', owner {waiver.Owner}) expired after {waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and waives nothing: "
        + $"fix the findings and delete it from {WaiverFile.DefaultPath}, or have its owner renew it with a new reason and expiry");

    /// <summary>Advisory: a waiver for this stack matched no finding, so it can be deleted.</summary>
    public static Finding WaiverUnused(Waiver waiver) => new(
        WaiverUnusedId,
        string.Empty,
        string.Empty,
        Severity.Advisory,
        $"waiver '{waiver.Id}' ({waiver.Rule} on '{waiver.Resource}', {waiver.ScopeDescription}) matched no finding: delete it from {WaiverFile.DefaultPath}, or correct its rule or resource pattern");

    /// <summary>
    /// A rule threw: its check did not complete, so the stack is not known to comply. Raised at
    /// the rule's own enforcement, so a broken mandatory rule blocks like a violation would.
    /// </summary>
    public static Finding RuleFailed(PolicyRule rule, Exception error, Severity severity) => new(
        RuleFailedId,
        string.Empty,
        string.Empty,
        severity,
        $"rule {rule.Id} ({rule.Title}) failed with {error.GetType().Name}: {error.Message}; its check did not complete: fix the rule (policies/), then run the policies again");

    private static string Name(Enforcement enforcement) => enforcement.ToString().ToLowerInvariant();
}
