using Infra.Dns;
using Infra.Emit.PulumiYaml;
using Infra.Kubernetes.Core;
using Infra.Model;
using Infra.Network;
using Infra.Tests.Conformance;

namespace Infra.Tests.Dns;

public class NodeLocalDnsTests
{
    private static readonly ClusterDns Plan = ClusterDns.For(Ipv4Cidr.Parse("10.96.0.0/12"), 1_000);

    private static (InfraProgram Program, NodeLocalDns Cache) Build()
    {
        var program = new InfraProgram("dns", "NodeLocal DNSCache.");
        return (program, new NodeLocalDns(program.Root, "node-local-dns", new NodeLocalDnsArgs { Plan = Plan }));
    }

    private static PodSpec Pod() => Build().Cache.DaemonSet.Args.Spec.Template.Spec!;

    [Fact]
    public void A_plan_with_the_node_cache_off_is_refused()
    {
        var off = ClusterDns.For(Ipv4Cidr.Parse("10.96.0.0/12"), 100);

        var error = Assert.Throws<ArgumentException>(() => new NodeLocalDns(new InfraProgram("t", "t").Root, "node-local-dns", new NodeLocalDnsArgs { Plan = off }));

        Assert.Contains("infra:nodeLocalDns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_listens_on_the_link_local_address_only_never_on_the_kube_dns_service_address()
    {
        var args = Pod().Containers.Single().Args!;

        Assert.Equal(ClusterDns.NodeLocalAddress.ToString(), args[args.ToList().IndexOf("-localip") + 1]);
        Assert.DoesNotContain(args, a => a.Contains(Plan.ServiceIp.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_server_block_binds_the_link_local_address()
    {
        var servers = Build().Cache.Corefile.Servers;

        Assert.All(servers, s => Assert.Equal($"bind {ClusterDns.NodeLocalAddress}", s.Plugins.Single(p => p.Name == "bind").Line));
    }

    [Fact]
    public void Cluster_names_go_to_coredns_over_tcp()
    {
        var cluster = Build().Cache.Corefile.Servers.Single(s => s.Zones.SequenceEqual([ClusterDns.Domain]));

        Assert.Equal($"forward . {NodeLocalDnsCorefile.ClusterDnsPlaceholder}\n    force_tcp\n", Write(cluster.Plugins.Single(p => p.Name == "forward")));
    }

    [Fact]
    public void It_runs_on_every_node_on_the_host_network_at_node_critical_priority()
    {
        var pod = Pod();

        Assert.Equal((true, "Default", "system-node-critical"), (pod.HostNetwork, pod.DnsPolicy, pod.PriorityClassName?.KnownValue));
        Assert.Equal([new Toleration { Operator = TolerationOperator.Exists }], pod.Tolerations);
    }

    [Fact]
    public void The_daemon_set_waits_for_the_upstream_service_whose_address_node_cache_reads_from_its_environment()
    {
        var cache = Build().Cache;

        Assert.Contains(cache.UpstreamService, cache.DaemonSet.Options.DependsOn);
        Assert.Equal(CoreDns.AppLabel, cache.UpstreamService.Args.Spec!.Selector!["k8s-app"].KnownValue);
    }

    [Fact]
    public void The_emitted_objects_type_check_against_the_kubernetes_sdk()
    {
        var yaml = PulumiYamlEmitter.ToYaml(Build().Program);

        var result = ConformanceChecker.Check(new Dictionary<string, string> { ["node-local-dns"] = yaml })["node-local-dns"];

        Assert.True(result.Conforms, result.Report());
    }

    private static string Write(CorefileDirective directive)
    {
        var text = new System.Text.StringBuilder();
        directive.Write(text, 0);
        return text.ToString().Replace("{\n", "\n", StringComparison.Ordinal).Replace("}\n", "", StringComparison.Ordinal).Replace(" \n", "\n", StringComparison.Ordinal);
    }
}
