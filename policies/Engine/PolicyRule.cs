namespace Infra.Policies.Engine;

/// <summary>
/// A policy rule: an id, a title, why it exists, whether production must satisfy it, and a check
/// over the model that yields violations. Rules never decide their enforcement or waivers: the
/// engine does, from the <see cref="EnforcementProfile"/> and the waiver file.
/// </summary>
public abstract class PolicyRule
{
    /// <summary>Stable id: a pack prefix, a dash and three digits (<c>AWS-001</c>). <c>POL-</c> is the engine's.</summary>
    public abstract string Id { get; }

    /// <summary>One line stating what the rule requires.</summary>
    public abstract string Title { get; }

    /// <summary>Why the rule exists: the failure or risk it prevents.</summary>
    public abstract string Rationale { get; }

    /// <summary>
    /// Whether a production stack must satisfy the rule. Outside production every rule is advisory
    /// by default, so development stacks are told about problems without being blocked by them.
    /// </summary>
    public abstract bool MandatoryInProduction { get; }

    /// <summary>
    /// Whether the rule reports facts rather than problems (e.g. documented deviations): its findings are
    /// <see cref="Severity.Informational"/> under any enforcement but <see cref="Enforcement.Disabled"/>,
    /// so raising it in a stack's profile cannot make them block.
    /// </summary>
    public virtual bool Informational => false;

    /// <summary>
    /// Whether every stack, in every environment, must satisfy the rule: its violation means a cluster that cannot work
    /// anywhere (a declared connection that the security groups block), so no environment is helped by being told
    /// only. Such a rule is mandatory everywhere, no config may lower it and no waiver covers its findings.
    /// </summary>
    public virtual bool MandatoryEverywhere => false;

    /// <summary>The rule's violations on the stack; empty when it complies.</summary>
    public abstract IEnumerable<RuleViolation> Evaluate(PolicyContext context);

    /// <summary>The enforcement on a stack whose profile does not override the rule.</summary>
    public Enforcement DefaultEnforcement(StackFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return MandatoryEverywhere || (MandatoryInProduction && facts.IsProduction) ? Enforcement.Mandatory : Enforcement.Advisory;
    }

    public override string ToString() => $"{Id} {Title}";
}
