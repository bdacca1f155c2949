using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>One statement of a <see cref="PolicyDocument"/>, with the element names AWS expects.</summary>
public sealed record PolicyStatement
{
    /// <summary>Names the statement's purpose; reviewers and access analyzers read it.</summary>
    [PulumiName("Sid")]
    public string? Sid { get; init; }

    /// <summary>Allow unless stated otherwise: most statements grant.</summary>
    [PulumiName("Effect")]
    public PolicyEffect Effect { get; init; } = PolicyEffect.Allow;

    /// <summary>Who the statement applies to; only in resource and trust policies.</summary>
    [PulumiName("Principal")]
    public PolicyPrincipal? Principal { get; init; }

    [PulumiName("Action")]
    public required IReadOnlyList<string> Action { get; init; }

    /// <summary>ARNs the actions apply to; unset only in trust policies, where the role itself is the resource.</summary>
    [PulumiName("Resource")]
    public IReadOnlyList<Expr<string>>? Resource { get; init; }

    /// <summary>Condition operator (<c>StringEquals</c>) to condition key to accepted values.</summary>
    [PulumiName("Condition")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Expr<string>>>>? Condition { get; init; }
}
