namespace Infra.Policies.Engine;

/// <summary>
/// One thing a policy found wrong with a stack.
/// </summary>
/// <param name="RuleId">The rule that raised it (<c>AWS-001</c>), or an engine id (<c>POL-...</c>).</param>
/// <param name="ResourcePath">The resource's path (<c>network/subnet-private-a</c>); empty for a stack-wide finding.</param>
/// <param name="Property">The provider property at fault (<c>cidrBlock</c>); empty when the resource as a whole is.</param>
/// <param name="Severity">The rule's effective enforcement on this stack.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="WaivedBy">The id of the waiver that accepts this finding, if any. A waived finding keeps its severity but does not block.</param>
public sealed record Finding(string RuleId, string ResourcePath, string Property, Severity Severity, string Message, string? WaivedBy = null)
{
    public bool IsWaived => WaivedBy is not null;

    /// <summary>True when the finding blocks the deployment: mandatory and not waived.</summary>
    public bool Blocks => Severity == Severity.Mandatory && !IsWaived;
}
