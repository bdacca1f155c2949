namespace Infra.Platform;

/// <summary>
/// The namespaces a cluster of this platform already has, which no tenant may take: Kubernetes' own (and the
/// <see cref="KubernetesPrefix"/> it reserves), the system components' (<see cref="PlatformNamespace.SystemNamespaces"/>,
/// privileged) and the platform layer's (<see cref="Apps"/>, <see cref="Logging"/>, <see cref="Monitoring"/>). A tenant of
/// one of those names would share the namespace, its quota, its network policies and its Pod Security level with what
/// already runs there.
/// </summary>
public static class NamespaceNames
{
    /// <summary>The platform's application namespace, where workloads built with <see cref="Workload"/> run.</summary>
    public const string Apps = "apps";

    /// <summary>The platform's log shipping (Fluent Bit).</summary>
    public const string Logging = "logging";

    /// <summary>The platform's monitoring (Prometheus, Thanos, Alertmanager).</summary>
    public const string Monitoring = "monitoring";

    /// <summary>Kubernetes reserves the prefix for its own namespaces ("avoid creating namespaces with the prefix kube-").</summary>
    public const string KubernetesPrefix = "kube-";

    /// <summary>The namespaces the API server creates in every cluster.</summary>
    public static IReadOnlySet<string> Kubernetes { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "default", "kube-node-lease", "kube-public", "kube-system",
    };

    /// <summary>The namespaces the platform layer creates for itself.</summary>
    public static IReadOnlySet<string> Platform { get; } = new SortedSet<string>(StringComparer.Ordinal) { Apps, Logging, Monitoring };

    /// <summary>Every reserved name, sorted, for messages and the config reference; <see cref="KubernetesPrefix"/> comes on top.</summary>
    public static IReadOnlySet<string> Reserved { get; } = new SortedSet<string>(Kubernetes.Concat(PlatformNamespace.SystemNamespaces).Concat(Platform), StringComparer.Ordinal);

    /// <summary>Who holds <paramref name="name"/>, for a message saying why it is taken; null when a tenant may have it.</summary>
    public static string? ReservedFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Kubernetes.Contains(name) || name.StartsWith(KubernetesPrefix, StringComparison.Ordinal))
        {
            return "Kubernetes";
        }

        if (PlatformNamespace.SystemNamespaces.Contains(name))
        {
            return "the privileged system components";
        }

        return Platform.Contains(name) ? "the platform layer" : null;
    }
}
