using Infra.Kubernetes.Meta;
using Infra.Model;

namespace Infra.Kubernetes.Networking;

/// <summary>Args of <c>kubernetes:networking.k8s.io/v1:NetworkPolicy</c>.</summary>
public sealed record NetworkPolicyArgs : IKubernetesObjectArgs
{
    public ObjectMeta? Metadata { get; init; }

    public required NetworkPolicySpec Spec { get; init; }
}

/// <summary>
/// <c>networking/v1 NetworkPolicySpec</c>: the pods it selects (an empty selector: every pod of the namespace) become
/// isolated in each of <see cref="PolicyTypes"/> and accept only what some policy's rules allow. Policies only add
/// allows; none can deny what another allows.
/// </summary>
public sealed record NetworkPolicySpec
{
    public required LabelSelector PodSelector { get; init; }

    /// <summary>The directions the policy isolates; state them, since unset means Ingress only (plus Egress when there are egress rules).</summary>
    public required IReadOnlyList<PolicyType> PolicyTypes { get; init; }

    public IReadOnlyList<NetworkPolicyIngressRule>? Ingress { get; init; }

    public IReadOnlyList<NetworkPolicyEgressRule>? Egress { get; init; }
}

/// <summary>Traffic to the selected pods from any of <see cref="From"/> (unset: from anywhere) on any of <see cref="Ports"/> (unset: every port).</summary>
public sealed record NetworkPolicyIngressRule
{
    public IReadOnlyList<NetworkPolicyPeer>? From { get; init; }

    public IReadOnlyList<NetworkPolicyPort>? Ports { get; init; }
}

/// <summary>Traffic from the selected pods to any of <see cref="To"/> (unset: anywhere) on any of <see cref="Ports"/> (unset: every port).</summary>
public sealed record NetworkPolicyEgressRule
{
    public IReadOnlyList<NetworkPolicyPeer>? To { get; init; }

    public IReadOnlyList<NetworkPolicyPort>? Ports { get; init; }
}

/// <summary>
/// One end of a rule: pods matching <see cref="PodSelector"/> in namespaces matching <see cref="NamespaceSelector"/>
/// (either alone narrows to the policy's namespace or to every pod of the matched namespaces), or an address block.
/// </summary>
public sealed record NetworkPolicyPeer
{
    public LabelSelector? PodSelector { get; init; }

    public LabelSelector? NamespaceSelector { get; init; }

    public IpBlock? IpBlock { get; init; }

    /// <summary>Every pod of the policy's own namespace.</summary>
    public static NetworkPolicyPeer OwnNamespace { get; } = new() { PodSelector = new LabelSelector() };
}

/// <summary><c>networking/v1 IPBlock</c>: addresses of <see cref="Cidr"/> outside every <see cref="Except"/> block.</summary>
public sealed record IpBlock
{
    public required string Cidr { get; init; }

    public IReadOnlyList<string>? Except { get; init; }
}

/// <summary>A port (number or the container port's name) and protocol; unset protocol means TCP.</summary>
public sealed record NetworkPolicyPort
{
    public IntOrString? Port { get; init; }

    public NetworkProtocol? Protocol { get; init; }

    /// <summary>With a numeric <see cref="Port"/>, the last port of the range it starts.</summary>
    public int? EndPort { get; init; }

    public static NetworkPolicyPort Tcp(int port) => new() { Port = port, Protocol = NetworkProtocol.Tcp };

    public static NetworkPolicyPort Udp(int port) => new() { Port = port, Protocol = NetworkProtocol.Udp };
}

/// <summary>The directions a network policy isolates, spelled as the API spells them.</summary>
public enum PolicyType
{
    [PulumiName("Ingress")]
    Ingress,

    [PulumiName("Egress")]
    Egress,
}

/// <summary>The transport protocols a network policy port names.</summary>
public enum NetworkProtocol
{
    [PulumiName("TCP")]
    Tcp,

    [PulumiName("UDP")]
    Udp,
}

/// <summary>A network policy: isolates the pods it selects and allows what its rules list.</summary>
public sealed class NetworkPolicy(Scope scope, string id, NetworkPolicyArgs args, ResourceOptions? options = null)
    : KubernetesResource<NetworkPolicyArgs>(scope, id, ObjectType, args, options)
{
    public static readonly KubernetesType ObjectType = KubernetesType.FromToken("kubernetes:networking.k8s.io/v1:NetworkPolicy");
}
