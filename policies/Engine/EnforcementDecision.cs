namespace Infra.Policies.Engine;

/// <summary>
/// How a rule runs on a stack: its effective enforcement and, when the profile asked to lower a
/// rule that is mandatory there, the refused request (reported as a <c>POL-OVERRIDE</c> finding).
/// </summary>
public sealed record EnforcementDecision(Enforcement Effective, Enforcement? RefusedOverride);
