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

    /// <summary>
    /// Whose pods the namespace runs. Default application: the stricter kind (no instance metadata), so a namespace
    /// declared without thinking about it gets the most isolation.
    /// </summary>
    public NamespaceKind Kind { get; init; } = NamespaceKind.Application;

    /// <summary>
    /// NodeLocal DNSCache's link-local address when the cluster runs it, allowed as DNS beside the cluster DNS pods;
    /// null (the default) when it does not, so no address is open that nothing listens on.
    /// </summary>
    public string? NodeLocalDnsAddress { get; init; }

    /// <summary>
    /// What the namespace's pods need beyond DNS, one reason each (a platform namespace's components). Default none:
    /// an application namespace's workloads declare their own ingress (<see cref="Workload"/>).
    /// </summary>
    public IReadOnlyList<NetworkAllow> Allows { get; init; } = [];
}
