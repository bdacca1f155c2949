namespace Infra.Platform;

/// <summary>
/// Whose pods a namespace runs, which decides its network isolation (<see cref="NamespaceNetworkPolicies"/>):
/// both kinds deny by default and allow DNS; application namespaces also lose the instance metadata service
/// (<see cref="InstanceMetadataDeny"/>), platform namespaces get the allows their components need.
/// Written on the namespace as <see cref="PlatformNamespace.KindLabel"/>, so Calico policies and the policy rules select by it.
/// </summary>
public enum NamespaceKind
{
    /// <summary>Tenants' workloads: nothing in or out but DNS until a workload states what it serves.</summary>
    Application,

    /// <summary>The platform's own components (logging, monitoring), with their allows stated per namespace.</summary>
    Platform,
}
