namespace Infra.Stacks.Config;

/// <summary>What a failed policy rule does: <c>advisory</c> reports it, <c>mandatory</c> fails the compile,
/// <c>disabled</c> skips the rule.</summary>
public enum PolicyEnforcement
{
    Advisory,
    Mandatory,
    Disabled,
}
