namespace Infra.Policies.Engine;

/// <summary>How strongly a rule is enforced on a stack.</summary>
public enum Enforcement
{
    /// <summary>The rule does not run.</summary>
    Disabled,

    /// <summary>Findings are reported but do not block the deployment.</summary>
    Advisory,

    /// <summary>An unwaived finding blocks the deployment.</summary>
    Mandatory,
}
