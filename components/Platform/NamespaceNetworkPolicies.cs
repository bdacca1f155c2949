using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Model;

namespace Infra.Platform;

/// <summary>
/// A namespace's Kubernetes network policies: <c>default-deny</c> isolates every pod in both directions (no rules),
/// then each <see cref="NetworkAllow"/> is a policy of its own, so a reviewer reads one reason per opening.
/// Every namespace allows DNS; an application namespace also allows egress to its own pods, where each
/// workload's ingress policy decides who gets in (<see cref="Workload"/>).
/// Kubernetes policies only add allows; the deny that no later allow may reopen is Calico's (<see cref="InstanceMetadataDeny"/>).
/// </summary>
public static class NamespaceNetworkPolicies
{
    /// <summary>The policy isolating every pod of the namespace.</summary>
    public const string DefaultDenyName = "default-deny";

    /// <summary>Annotation carrying an allow's reason.</summary>
    public const string ReasonAnnotation = "platform.infra/network-allow-reason";

    /// <summary>The label the API server puts on every namespace (GA since Kubernetes 1.22), so selectors can name a namespace.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>
    /// The label of the cluster DNS pods: CoreDNS keeps kube-dns's <c>k8s-app: kube-dns</c> (kubeadm's CoreDNS manifest,
    /// kubernetes/kubernetes cmd/kubeadm/app/phases/addons/dns/manifests.go; the coredns chart with isClusterService).
    /// </summary>
    public static readonly KeyValuePair<string, string> ClusterDnsLabel = new("k8s-app", "kube-dns");

    /// <summary>DNS listens on port 53, UDP for queries and TCP for answers larger than a UDP datagram.</summary>
    public const int DnsPort = 53;

    /// <summary>Every pod of the namespace and every direction: a policy with no rules.</summary>
    public static NetworkPolicySpec DefaultDeny { get; } = new()
    {
        PodSelector = new LabelSelector(),
        PolicyTypes = [PolicyType.Ingress, PolicyType.Egress],
    };

    /// <summary>
    /// DNS out: to the cluster DNS pods in kube-system, and to NodeLocal DNSCache's link-local address on the pod's
    /// own node when the cluster runs it (<paramref name="nodeLocalDnsAddress"/>; traffic to the node needs an address block).
    /// </summary>
    public static NetworkAllow Dns(string? nodeLocalDnsAddress)
    {
        var clusterDns = new NetworkPolicyPeer
        {
            NamespaceSelector = MatchLabel(NamespaceNameLabel, "kube-system"),
            PodSelector = MatchLabel(ClusterDnsLabel.Key, ClusterDnsLabel.Value),
        };
        IReadOnlyList<NetworkPolicyPeer> peers = nodeLocalDnsAddress is null
            ? [clusterDns]
            : [clusterDns, new NetworkPolicyPeer { IpBlock = new IpBlock { Cidr = $"{nodeLocalDnsAddress}/32" } }];
        return NetworkAllow.Egress("dns", "every pod resolves names: the cluster DNS pods and, when the cluster runs it, NodeLocal DNSCache", peers,
            [NetworkPolicyPort.Udp(DnsPort), NetworkPolicyPort.Tcp(DnsPort)]);
    }

    /// <summary>The namespace's pods may call each other; the called pods' ingress allows decide.</summary>
    public static NetworkAllow WithinNamespace { get; } = NetworkAllow.Egress(
        "within-namespace",
        "the namespace's pods call each other's services; the called pods' ingress allows state who may reach them",
        [NetworkPolicyPeer.OwnNamespace],
        null);

    /// <summary>Declares the namespace's policies under <paramref name="scope"/>, in <paramref name="ns"/>.</summary>
    public static IReadOnlyList<NetworkPolicy> Declare(Scope scope, Expr<string> ns, IEnumerable<NetworkAllow> allows, ResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(allows);
        var policies = new List<NetworkPolicy>
        {
            new(scope, DefaultDenyName, new NetworkPolicyArgs { Metadata = new ObjectMeta { Name = DefaultDenyName, Namespace = ns }, Spec = DefaultDeny }, options),
        };
        foreach (var allow in allows)
        {
            var name = $"allow-{allow.Name}";
            policies.Add(new NetworkPolicy(scope, name, new NetworkPolicyArgs
            {
                Metadata = new ObjectMeta
                {
                    Name = name,
                    Namespace = ns,
                    Annotations = new SortedDictionary<string, Expr<string>>(StringComparer.Ordinal) { [ReasonAnnotation] = allow.Reason },
                },
                Spec = Spec(allow),
            }, options));
        }

        return policies;
    }

    /// <summary>A selector matching one label.</summary>
    public static LabelSelector MatchLabel(string key, string value) =>
        new() { MatchLabels = new Dictionary<string, Expr<string>>(1, StringComparer.Ordinal) { [key] = value } };

    private static NetworkPolicySpec Spec(NetworkAllow allow) => allow.Direction == PolicyType.Ingress
        ? new NetworkPolicySpec { PodSelector = allow.PodSelector, PolicyTypes = [PolicyType.Ingress], Ingress = [new NetworkPolicyIngressRule { From = allow.Peers, Ports = allow.Ports }] }
        : new NetworkPolicySpec { PodSelector = allow.PodSelector, PolicyTypes = [PolicyType.Egress], Egress = [new NetworkPolicyEgressRule { To = allow.Peers, Ports = allow.Ports }] };
}
