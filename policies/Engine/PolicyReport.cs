namespace Infra.Policies.Engine;

/// <summary>
/// The findings on one stack, sorted by severity, rule id, resource path, property and message,
/// so the same program and policy setup give the same report.
/// </summary>
public sealed class PolicyReport
{
    public PolicyReport(StackFacts facts, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(findings);
        Facts = facts;
        Findings = [.. findings
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.ResourcePath, StringComparer.Ordinal)
            .ThenBy(f => f.Property, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ThenBy(f => f.WaivedBy, StringComparer.Ordinal)];
    }

    public StackFacts Facts { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when at least one finding blocks the deployment (mandatory and not waived).</summary>
    public bool HasMandatory => Findings.Any(f => f.Blocks);

    /// <summary>Unwaived mandatory findings.</summary>
    public int MandatoryCount => Findings.Count(f => f.Blocks);

    /// <summary>Unwaived advisory findings.</summary>
    public int AdvisoryCount => Findings.Count(f => f.Severity == Severity.Advisory && !f.IsWaived);

    public int WaivedCount => Findings.Count(f => f.IsWaived);

    /// <summary>Unwaived informational findings: facts shown, nothing to fix.</summary>
    public int InformationalCount => Findings.Count(f => f.Severity == Severity.Informational && !f.IsWaived);
}
