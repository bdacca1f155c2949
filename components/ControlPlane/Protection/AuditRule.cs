using Infra.Model;

namespace Infra.ControlPlane.Protection;

/// <summary>
/// <c>audit.k8s.io/v1 PolicyRule</c>: requests matching every set field are audited at
/// <see cref="Level"/>. Unset fields match everything; the first matching rule of the policy wins.
/// </summary>
public sealed record AuditRule
{
    public required AuditLevel Level { get; init; }

    public IReadOnlyList<string>? Users { get; init; }

    public IReadOnlyList<string>? UserGroups { get; init; }

    public IReadOnlyList<string>? Verbs { get; init; }

    public IReadOnlyList<AuditGroupResources>? Resources { get; init; }

    public IReadOnlyList<string>? Namespaces { get; init; }

    /// <summary>URL paths of non-resource requests; a trailing "*" matches any suffix.</summary>
    [PulumiName("nonResourceURLs")]
    public IReadOnlyList<string>? NonResourceUrls { get; init; }
}

/// <summary><c>audit.k8s.io/v1 GroupResources</c>: resources of one API group ("" is the core group).</summary>
public sealed record AuditGroupResources
{
    public required string Group { get; init; }

    /// <summary>Resources and subresources (<c>serviceaccounts/token</c>); unset means every resource of the group.</summary>
    public IReadOnlyList<string>? Resources { get; init; }
}
