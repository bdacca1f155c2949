using Infra.Policies.Rules;
using Infra.Tests.Etcd;
using static Infra.Tests.Policies.Rules.ControlPlanePolicyFixture;

namespace Infra.Tests.Policies.Rules;

public sealed class EtcdTrafficEncryptedTests
{
    private readonly EtcdTrafficEncrypted rule = new();

    [Fact]
    public void A_plain_http_client_listener_is_flagged_on_the_member_with_the_https_fix()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], change: member => member.WithUrl("listen-client-urls", "http://0.0.0.0:2379"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("etcd/etcd-a/instance", violation.ResourcePath);
        Assert.Equal("userData", violation.Property);
        Assert.Contains("etcd member 'etcd-a' of cluster 'etcd' runs --listen-client-urls with http://0.0.0.0:2379", violation.Message, StringComparison.Ordinal);
        Assert.Contains("use https:// with the member's TLS files", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_http_peer_in_initial_cluster_is_flagged_by_its_url()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], change: member => member.WithUrl("initial-cluster", "etcd-a=https://etcd-a:2380,etcd-b=http://etcd-b:2380"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("runs --initial-cluster with http://etcd-b:2380:", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_metrics_off_loopback_are_flagged_with_the_loopback_fix()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], change: member => member.WithUrl("listen-metrics-urls", "http://0.0.0.0:2381"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("bind plain http to 127.0.0.1 only", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_on_loopback_is_refused_for_peer_traffic()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, [Zones[0]], change: member => member.WithUrl("listen-peer-urls", "http://127.0.0.1:2380"));

        Assert.Single(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void Https_everywhere_with_loopback_http_metrics_passes()
    {
        var program = RuleFixture.Program();
        EtcdCluster(program, FiveMembers);

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void A_plain_http_etcd_servers_override_of_the_api_servers_is_flagged_on_their_group()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithApiServerArg("etcd-servers-overrides", "/events#https://etcd-events-a:2382;http://etcd-events-b:2382"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Equal("control-plane/eu-west-1a/group", violation.ResourcePath);
        Assert.Contains("the API servers in zone eu-west-1a reach etcd at http://etcd-events-b:2382 (--etcd-servers-overrides)", violation.Message, StringComparison.Ordinal);
        Assert.Contains("use https://", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_http_etcd_servers_flag_of_the_api_servers_is_flagged()
    {
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithApiServerArg("etcd-servers", "https://etcd-a:2379,http://etcd-b:2379"));

        var violation = Assert.Single(RuleFixture.Violations(rule, program));

        Assert.Contains("reach etcd at http://etcd-b:2379 (--etcd-servers)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_servers_on_https_external_endpoints_and_an_https_events_override_pass()
    {
        // ExternalEtcd refuses plain endpoints itself; the rule reads them with the flags that override or extend them.
        var program = RuleFixture.Program();
        ControlPlaneGroup(program, Nodes().WithApiServerArg("etcd-servers-overrides", "/events#https://etcd-events-a:2382;https://etcd-events-b:2382"));

        Assert.Empty(RuleFixture.Violations(rule, program));
    }

    [Fact]
    public void The_etcd_cluster_component_complies()
    {
        var (program, _, _) = EtcdClusterFixture.Build();

        Assert.Empty(RuleFixture.Violations(rule, program));
    }
}
