using System.Net;
using Infra.Network;

namespace Infra.Dns;

/// <summary>
/// Where the cluster's pods send DNS queries, decided once from the cluster stack's configuration so both stacks agree:
/// the cluster stack writes <see cref="KubeletAddress"/> into every kubelet's <c>clusterDNS</c>, the platform stack
/// gives CoreDNS's Service <see cref="ServiceIp"/> and runs NodeLocal DNSCache when <see cref="NodeLocalDns"/>.
/// </summary>
public sealed record ClusterDns
{
    /// <summary>
    /// NodeLocal DNSCache is on from 500 expected nodes. Below, CoreDNS alone serves the cluster: upstream's linear rule
    /// (16 nodes a replica) gives at most 31 replicas, the conntrack table of a node holds its own pods' UDP queries only,
    /// and a cache pod per node (25m CPU, one more DaemonSet whose update drops a node's DNS for seconds) costs more
    /// than it saves. From 500 nodes (the size seed 001's cluster outgrew before it tuned DNS), the UDP conntrack races
    /// behind 5-second lookup timeouts (kubernetes/kubernetes#56903) and CoreDNS's query volume grow with every node;
    /// the cache answers repeats on the node and reaches CoreDNS over one TCP connection. <c>infra:nodeLocalDns</c>
    /// overrides the rule either way.
    /// </summary>
    public const int NodeLocalDnsThreshold = 500;

    /// <summary>
    /// NodeLocal DNSCache's listening address: link-local (169.254.0.0/16), so it collides with no VPC, pod or service
    /// address, and the address of upstream's manifest and the Kubernetes documentation (kubernetes/kubernetes
    /// cluster/addons/dns/nodelocaldns/README.md). 169.254.169.253 (the VPC resolver) and .254 (instance metadata) are
    /// elsewhere in the range.
    /// </summary>
    public static IPAddress NodeLocalAddress { get; } = IPAddress.Parse("169.254.20.10");

    /// <summary>kubeadm's DNS Service address: the service network's tenth address (kubeadm's GetDNSIP).</summary>
    public const int ServiceIpIndex = 10;

    /// <summary>The cluster domain, kubeadm's and the kubelet's default, which workloads assume.</summary>
    public const string Domain = "cluster.local";

    public required IPAddress ServiceIp { get; init; }

    public required bool NodeLocalDns { get; init; }

    /// <summary>The kubelets' <c>clusterDNS</c>: the node's own cache when it runs, CoreDNS's Service otherwise.</summary>
    public IPAddress KubeletAddress => NodeLocalDns ? NodeLocalAddress : ServiceIp;

    /// <summary>
    /// The plan of a cluster of <paramref name="expectedNodes"/> nodes with services in <paramref name="serviceCidr"/>;
    /// <paramref name="nodeLocalDns"/> (the stack's <c>infra:nodeLocalDns</c>) overrides <see cref="NodeLocalDnsThreshold"/>.
    /// </summary>
    public static ClusterDns For(Ipv4Cidr serviceCidr, int expectedNodes, bool? nodeLocalDns = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expectedNodes, 1);
        if (serviceCidr.Size <= ServiceIpIndex)
        {
            throw new ArgumentException($"service network {serviceCidr} has no tenth address for the DNS Service: use a /24 or larger", nameof(serviceCidr));
        }

        var address = serviceCidr.Network + ServiceIpIndex;
        return new ClusterDns
        {
            ServiceIp = new IPAddress([(byte)(address >> 24), (byte)(address >> 16), (byte)(address >> 8), (byte)address]),
            NodeLocalDns = nodeLocalDns ?? expectedNodes >= NodeLocalDnsThreshold,
        };
    }
}
