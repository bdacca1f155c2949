using Infra.Kubernetes;
using Infra.Model;

namespace Infra.Platform;

/// <summary>Args of a <see cref="PlatformNamespace"/>.</summary>
public sealed record PlatformNamespaceArgs
{
    /// <summary>The namespace's name; unset means the component's id, so the name is stable and readable.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The enforced Pod Security Standard. Default restricted: tenants' pods need nothing more, and a
    /// namespace that needs less protection must say why (<see cref="Reason"/>).
    /// </summary>
    public PodSecurityLevel Level { get; init; } = PodSecurityLevel.Restricted;

    /// <summary>Why the namespace runs below restricted (required then), kept as an annotation for auditors.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The policy version the labels pin. Default: the Kubernetes minor we target, so upgrading the
    /// cluster does not silently tighten (or loosen) the checks before we have reviewed them.
    /// </summary>
    public string PolicyVersion { get; init; } = KubernetesRelease.Minor;

    public IReadOnlyDictionary<string, Expr<string>>? Labels { get; init; }

    /// <summary>The tenant's budget: a ResourceQuota and LimitRange sized by it (seed 004). Default none: platform namespaces hold add-ons sized by their charts.</summary>
    public TenantTier? Tenant { get; init; }
}
