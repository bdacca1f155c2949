using Infra.Model;

namespace Infra.Policies.Engine;

/// <summary>
/// What a rule reports: where the problem is and a message saying what is wrong and how to fix
/// it. The engine turns it into a <see cref="Finding"/> under the rule's effective enforcement.
/// </summary>
/// <param name="ResourcePath">The resource's path; empty for a stack-wide violation.</param>
/// <param name="Property">The provider property name; empty when the resource as a whole is at fault.</param>
/// <param name="Message">What is wrong and the fix, e.g. "... is public: set MapPublicIpOnLaunch = false".</param>
public sealed record RuleViolation(string ResourcePath, string Property, string Message)
{
    /// <summary>A violation on one property of <paramref name="resource"/> (the provider's property name).</summary>
    public static RuleViolation Of(Resource resource, string property, string message)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(resource.Path.ToString(), property, message);
    }

    /// <summary>A violation of <paramref name="resource"/> as a whole (e.g. a missing companion resource).</summary>
    public static RuleViolation Of(Resource resource, string message) => Of(resource, string.Empty, message);

    /// <summary>A violation of the stack as a whole (e.g. too few availability zones).</summary>
    public static RuleViolation OfStack(string message) => new(string.Empty, string.Empty, message);
}
