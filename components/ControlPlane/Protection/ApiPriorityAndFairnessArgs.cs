namespace Infra.ControlPlane.Protection;

/// <summary>Args of <see cref="ApiPriorityAndFairness"/>.</summary>
public sealed record ApiPriorityAndFairnessArgs
{
    /// <summary>
    /// Namespaces whose service accounts are the platform's own controllers and operators (monitoring,
    /// ingress, autoscaling, CNI). kube-system is not among them: the built-in schemas already serve it
    /// at workload-high. Every other service account is a tenant's.
    /// </summary>
    public required IReadOnlyList<string> PlatformNamespaces { get; init; }

    /// <summary>
    /// How many tenant namespaces call the API server at the same time, at most; it sizes the tenant
    /// level's queues. Default 100: the order of tenants on a cluster of about 1,000 nodes.
    /// </summary>
    public int ExpectedTenantNamespaces { get; init; } = 100;
}
