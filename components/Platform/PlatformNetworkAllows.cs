using Infra.Kubernetes.Meta;
using Infra.Kubernetes.Networking;
using Infra.Network;

namespace Infra.Platform;

/// <summary>
/// What the platform namespaces' planned components need beyond DNS, one <see cref="NetworkAllow"/> each with its reason.
/// Node addresses are the VPC's: kubelets, node exporters and the API servers (reached at their nodes' addresses once the
/// <c>kubernetes</c> Service is translated, which Calico does before policy) all sit in its subnets.
/// Object stores and alert receivers are outside the cluster on HTTPS, so those allows name any address on 443;
/// platform namespaces keep the instance metadata service, since their pods cannot get an IMDSv2 token anyway (hop limit 1).
/// </summary>
public static class PlatformNetworkAllows
{
    /// <summary>Label of namespaces whose pods may reach every workload's service port (ingress controllers, the metrics scraper).</summary>
    public const string WorkloadClientsLabel = "platform.infra/workload-clients";

    /// <summary>Fluent Bit's HTTP server: its own metrics, scraped by Prometheus (Fluent Bit's default <c>HTTP_Port</c>).</summary>
    public const int FluentBitMetricsPort = 2020;

    /// <summary>The node exporter's default listen port (prometheus/node_exporter, <c>--web.listen-address=:9100</c>).</summary>
    public const int NodeExporterPort = 9100;

    /// <summary>The namespaces labelled <see cref="WorkloadClientsLabel"/>, as a rule's peer.</summary>
    public static NetworkPolicyPeer WorkloadClients { get; } = new() { NamespaceSelector = NamespaceNetworkPolicies.MatchLabel(WorkloadClientsLabel, "true") };

    /// <summary>Fluent Bit: reads logs from the node's files (no network), enriches them from the API and the kubelet, ships them out.</summary>
    public static IReadOnlyList<NetworkAllow> Logging(string vpcCidr) =>
    [
        NetworkAllow.Egress("api-server", "Fluent Bit's kubernetes filter reads pod metadata from the API servers", Nodes(vpcCidr), [Tcp(ClusterPorts.ApiServer)]),
        NetworkAllow.Egress("kubelet", "Fluent Bit's kubernetes filter may ask its node's kubelet instead of the API (Use_Kubelet), sparing the API servers at thousands of nodes", Nodes(vpcCidr), [Tcp(ClusterPorts.Kubelet)]),
        NetworkAllow.Egress("log-store", "Fluent Bit ships logs to the log store over HTTPS", null, [Tcp(ClusterPorts.Https)]),
        NetworkAllow.Ingress("metrics", "Prometheus scrapes Fluent Bit's own metrics", [Namespace(NamespaceNames.Monitoring)], [NetworkPolicyPort.Tcp(FluentBitMetricsPort)]),
    ];

    /// <summary>Prometheus, Thanos and Alertmanager: scrape the cluster, talk among themselves, store and alert over HTTPS.</summary>
    public static IReadOnlyList<NetworkAllow> Monitoring(string vpcCidr) =>
    [
        NetworkAllow.Egress("api-server", "Prometheus discovers its targets through the API and scrapes the API servers' metrics", Nodes(vpcCidr), [Tcp(ClusterPorts.ApiServer)]),
        NetworkAllow.Egress("kubelet", "Prometheus scrapes the kubelets' and cAdvisor's metrics", Nodes(vpcCidr), [Tcp(ClusterPorts.Kubelet)]),
        NetworkAllow.Egress("node-exporter", "Prometheus scrapes the node exporters, which run on the host network", Nodes(vpcCidr), [NetworkPolicyPort.Tcp(NodeExporterPort)]),
        NetworkAllow.Egress("pods", "Prometheus scrapes pods of every namespace, on ports their own ingress allows name", [new NetworkPolicyPeer { NamespaceSelector = new LabelSelector() }], null),
        NetworkAllow.Egress("https", "Thanos writes blocks to the object store; Alertmanager calls its receivers", null, [Tcp(ClusterPorts.Https)]),
        NetworkAllow.Ingress("from-namespace", "Prometheus, Thanos (gRPC 10901, HTTP 10902) and Alertmanager (9093, gossip 9094) call each other", [NetworkPolicyPeer.OwnNamespace], null),
        NamespaceNetworkPolicies.WithinNamespace,
    ];

    private static IReadOnlyList<NetworkPolicyPeer> Nodes(string vpcCidr) => [new NetworkPolicyPeer { IpBlock = new IpBlock { Cidr = vpcCidr } }];

    private static NetworkPolicyPeer Namespace(string name) => new() { NamespaceSelector = NamespaceNetworkPolicies.MatchLabel(NamespaceNetworkPolicies.NamespaceNameLabel, name) };

    private static NetworkPolicyPort Tcp(Port port) => NetworkPolicyPort.Tcp(port.From);
}
