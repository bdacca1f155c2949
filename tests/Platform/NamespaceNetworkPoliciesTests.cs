using Infra.Kubernetes.Networking;
using Infra.Model;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class NamespaceNetworkPoliciesTests
{
    private readonly InfraProgram program = new("test", "test");

    [Fact]
    public void Default_deny_selects_every_pod_for_both_directions_and_allows_nothing()
    {
        var deny = NamespaceNetworkPolicies.DefaultDeny;

        Assert.Null(deny.PodSelector.MatchLabels);
        Assert.Null(deny.PodSelector.MatchExpressions);
        Assert.Equal([PolicyType.Ingress, PolicyType.Egress], deny.PolicyTypes);
        Assert.Null(deny.Ingress);
        Assert.Null(deny.Egress);
    }

    [Fact]
    public void Dns_goes_to_the_kube_dns_pods_of_kube_system_on_udp_and_tcp_53()
    {
        var dns = NamespaceNetworkPolicies.Dns(nodeLocalDnsAddress: null);

        Assert.Equal(PolicyType.Egress, dns.Direction);
        var peer = Assert.Single(dns.Peers!);
        Assert.Equal("kube-system", peer.NamespaceSelector!.MatchLabels!["kubernetes.io/metadata.name"].KnownValue);
        Assert.Equal("kube-dns", peer.PodSelector!.MatchLabels!["k8s-app"].KnownValue);
        Assert.Equal([(NetworkProtocol.Udp, 53), (NetworkProtocol.Tcp, 53)], dns.Ports!.Select(p => (p.Protocol!.Value, (int)p.Port!.Value.Node)));
    }

    [Fact]
    public void Dns_also_goes_to_nodelocal_dnscache_when_the_cluster_runs_it()
    {
        var dns = NamespaceNetworkPolicies.Dns("169.254.20.10");

        Assert.Equal("169.254.20.10/32", dns.Peers![1].IpBlock!.Cidr);
    }

    [Fact]
    public void Each_allow_is_a_policy_of_its_own_named_after_it_with_its_reason_and_one_direction()
    {
        var allow = NetworkAllow.Ingress("metrics", "Prometheus scrapes it", null, [NetworkPolicyPort.Tcp(2020)]);

        var policies = NamespaceNetworkPolicies.Declare(program.Root, "logging", [allow], null);

        Assert.Equal(["default-deny", "allow-metrics"], policies.Select(p => p.Metadata!.Name!.Value.KnownValue));
        var spec = policies[1].Args.Spec;
        Assert.Equal([PolicyType.Ingress], spec.PolicyTypes);
        Assert.Null(spec.Egress);
        Assert.Equal("Prometheus scrapes it", policies[1].Metadata!.Annotations![NamespaceNetworkPolicies.ReasonAnnotation].KnownValue);
    }
}
