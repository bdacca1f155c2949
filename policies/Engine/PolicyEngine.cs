using Infra.Model;

namespace Infra.Policies.Engine;

/// <summary>
/// Runs a policy pack over a stack's program. Evaluating never throws for policy reasons: broken
/// rules, refused overrides and bad waivers all come back as findings, so one report shows
/// everything wrong at once.
/// </summary>
public static class PolicyEngine
{
    /// <summary>
    /// Evaluates every rule of <paramref name="pack"/> not disabled by <paramref name="profile"/>,
    /// applies the stack's waivers, and reports the findings.
    /// </summary>
    /// <param name="program">The stack's program.</param>
    /// <param name="facts">The stack's name, environment and stated facts.</param>
    /// <param name="pack">The rules to run.</param>
    /// <param name="profile">The stack's enforcement overrides.</param>
    /// <param name="waivers">All waivers of the waiver file; those for other stacks are ignored.</param>
    /// <param name="time">Today's date (UTC) decides which waivers have expired.</param>
    public static PolicyReport Evaluate(
        InfraProgram program,
        StackFacts facts,
        PolicyPack pack,
        EnforcementProfile profile,
        IReadOnlyList<Waiver> waivers,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(waivers);
        ArgumentNullException.ThrowIfNull(time);

        var context = new PolicyContext(program, facts);
        var ruleFindings = new List<Finding>();
        var engineFindings = new List<Finding>();
        foreach (var rule in pack.Rules)
        {
            var decision = profile.Decide(rule, facts);
            if (decision.RefusedOverride is { } refused)
            {
                engineFindings.Add(EngineFindings.OverrideRefused(rule, refused, facts));
            }

            if (decision.Effective != Enforcement.Disabled)
            {
                var severity = rule.Informational ? Severity.Informational
                    : decision.Effective == Enforcement.Mandatory ? Severity.Mandatory : Severity.Advisory;
                Run(rule, context, severity, ruleFindings, engineFindings);
            }
        }

        var ruleIds = pack.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        engineFindings.AddRange(profile.Overrides.Keys.Where(id => !ruleIds.Contains(id)).Select(id => EngineFindings.OverrideUnknownRule(id, pack)));

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var stackWaivers = waivers.Where(w => w.AppliesTo(facts)).OrderBy(w => w.Id, StringComparer.Ordinal).ToList();
        engineFindings.AddRange(stackWaivers.Where(w => w.IsExpiredOn(today)).Select(EngineFindings.WaiverExpired));
        var activeWaivers = stackWaivers.Where(w => !w.IsExpiredOn(today)).ToList();
        // A finding of a rule mandatory everywhere is never waived: the cluster it describes cannot work, so a waiver would only defer the failure to deploy time.
        var unwaivable = pack.Rules.Where(r => r.MandatoryEverywhere).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var waived = ruleFindings
            .Select(f => unwaivable.Contains(f.RuleId) ? f : f with { WaivedBy = activeWaivers.FirstOrDefault(w => w.Covers(f))?.Id })
            .ToList();
        var waivable = ruleFindings.Where(f => !unwaivable.Contains(f.RuleId)).ToList();
        engineFindings.AddRange(activeWaivers.Where(w => !waivable.Any(w.Covers)).Select(EngineFindings.WaiverUnused));

        return new PolicyReport(facts, waived.Concat(engineFindings));
    }

    /// <summary>
    /// Runs one rule. A rule that throws is reported as <see cref="EngineFindings.RuleFailed"/>
    /// rather than stopping the run; the violations it yielded before failing are kept.
    /// </summary>
    private static void Run(PolicyRule rule, PolicyContext context, Severity severity, List<Finding> ruleFindings, List<Finding> engineFindings)
    {
        try
        {
            foreach (var violation in rule.Evaluate(context))
            {
                ruleFindings.Add(new Finding(rule.Id, violation.ResourcePath, violation.Property, severity, violation.Message));
            }
        }
        catch (Exception error) // whatever a rule throws is its failure, reported; the other rules still run
        {
            engineFindings.Add(EngineFindings.RuleFailed(rule, error, severity));
        }
    }
}
