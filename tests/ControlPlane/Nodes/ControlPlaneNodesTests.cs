using Infra.ControlPlane;
using Infra.ControlPlane.Endpoint;
using Infra.ControlPlane.Nodes;
using Infra.Emit.PulumiYaml;
using Infra.Model;

namespace Infra.Tests.ControlPlane.Nodes;

public class ControlPlaneNodesTests
{
    private static readonly ControlPlaneNodesFixture Fixture = ControlPlaneNodesFixture.Build();

    [Fact]
    public void Each_zone_keeps_exactly_one_node_in_its_own_private_subnet()
    {
        var groups = Fixture.ControlPlane.Groups;

        Assert.Equal(Fixture.Args.Subnets.Count, groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            Assert.Equal((1, 1, 1), (groups[i].Args.MinSize, groups[i].Args.MaxSize, groups[i].Args.DesiredCapacity));
            Assert.Same(Fixture.Args.Subnets[i].SubnetId.Node, Assert.Single(groups[i].Args.VpcZoneIdentifiers!).Node);
        }
    }

    [Fact]
    public void Every_group_registers_with_every_api_target_group_and_waits_until_its_node_is_ready()
    {
        foreach (var group in Fixture.ControlPlane.Groups)
        {
            Assert.Equal(Fixture.Args.LoadBalancer.TargetGroupArns.Select(a => a.Node), group.Args.TargetGroupArns!.Select(a => a.Node));
            Assert.Equal(ControlPlaneNodes.NodesPerZone, group.Args.WaitForElbCapacity);
            Assert.Equal(ControlPlaneNodes.ReadyTimeout, group.Args.WaitForCapacityTimeout);
        }
    }

    [Fact]
    public void Nodes_are_replaced_on_ec2_health_so_an_etcd_outage_does_not_recycle_every_api_server()
    {
        Assert.All(Fixture.ControlPlane.Groups, group => Assert.Equal("EC2", group.Args.HealthCheckType));
    }

    [Fact]
    public void A_refresh_starts_the_new_node_before_it_stops_the_old_one()
    {
        Assert.All(Fixture.ControlPlane.Groups, group =>
        {
            var preferences = group.Args.InstanceRefresh!.Preferences!;
            Assert.Equal((100, 200), (preferences.MinHealthyPercentage, preferences.MaxHealthyPercentage));
        });
    }

    [Fact]
    public void The_api_name_is_an_alias_of_the_internal_load_balancer_in_the_cluster_zone()
    {
        var record = Fixture.ControlPlane.ApiRecord.Args;

        Assert.Equal("api.prod.k8s.internal", record.Name);
        Assert.Same(Fixture.Args.Zone.Zone, Assert.IsType<OutputReference>(record.ZoneId.Node).Resource);
        var alias = Assert.Single(record.Aliases!);
        Assert.Same(Fixture.Args.LoadBalancer.InternalDnsName.Node, alias.Name.Node);
    }

    [Fact]
    public void Kubeadm_points_every_node_at_the_name_the_cluster_owns_and_at_every_etcd_member_over_https()
    {
        var cluster = Fixture.ControlPlane.Cluster;

        Assert.Equal("api.prod.k8s.internal:6443", cluster.ControlPlaneEndpoint);
        Assert.Equal(Fixture.Args.Etcd.Members.Select(m => m.ClientUrl), cluster.Etcd.External.Endpoints);
        Assert.All(cluster.Etcd.External.Endpoints, url => Assert.StartsWith("https://", url, StringComparison.Ordinal));
    }

    [Fact]
    public void An_events_cluster_is_wired_to_the_api_servers_with_an_override()
    {
        var withEvents = ControlPlaneNodesFixture.Build(withEvents: true).ControlPlane.Cluster.ApiServer!.ExtraArgs!;
        var without = Fixture.ControlPlane.Cluster.ApiServer!.ExtraArgs!;

        var overrideArg = Assert.Single(withEvents, a => a.Name == "etcd-servers-overrides");
        Assert.StartsWith("/events#https://etcd-events-", overrideArg.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(without, a => a.Name == "etcd-servers-overrides");
    }

    [Fact]
    public void Groups_carry_what_policies_check_zone_configuration_audit_and_encryption()
    {
        var annotations = Fixture.ControlPlane.Groups.Select(g => Assert.Single(g.Annotations.OfType<ControlPlaneNodesAnnotation>())).ToList();

        Assert.Equal(Fixture.Args.Subnets.Select(s => s.Zone), annotations.Select(a => a.Zone));
        Assert.All(annotations, a => Assert.Same(Fixture.ControlPlane.Cluster, a.Cluster));
        Assert.All(annotations, a => Assert.NotNull(a.Audit));
        Assert.All(annotations, a => Assert.NotNull(a.Encryption));
    }

    [Fact]
    public void The_secrets_key_is_protected_and_rotated()
    {
        var key = Fixture.ControlPlane.SecretsKey;

        Assert.True(key.Options?.Protect);
        Assert.True(key.Args.EnableKeyRotation);
    }

    [Fact]
    public void The_kubeconfig_is_a_secret_verifying_the_server_by_the_api_name()
    {
        var output = KubeconfigOutput(ControlPlaneNodesFixture.Build());

        Assert.StartsWith("kubeconfig:\n    fn::secret:", output, StringComparison.Ordinal);
        Assert.Contains("tls-server-name: api.prod.k8s.internal", output, StringComparison.Ordinal);
        Assert.Contains("server: https://api.prod.k8s.internal:6443", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_public_load_balancer_the_kubeconfig_dials_it_and_still_verifies_the_api_name()
    {
        var output = KubeconfigOutput(ControlPlaneNodesFixture.Build(publicCidrs: ["203.0.113.0/24"]));

        Assert.Matches(@"server: https://\$\{api-public-nlb\.dnsName\}:6443", output);
        Assert.Contains("tls-server-name: api.prod.k8s.internal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_given_twice_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => ControlPlaneNodesFixture.Build(change: a => a with { Subnets = [a.Subnets[0], a.Subnets[0]] }));

        Assert.Contains("zone 'eu-west-1a' is given 2 subnets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_subnet_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => ControlPlaneNodesFixture.Build(change: a => a with { Subnets = [] }));

        Assert.Contains("give one private subnet per zone", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The program's YAML from the kubeconfig output on.</summary>
    private static string KubeconfigOutput(ControlPlaneNodesFixture fixture)
    {
        fixture.Program.Export("kubeconfig", fixture.ControlPlane.Kubeconfig);
        var yaml = PulumiYamlEmitter.ToYaml(fixture.Program);
        return yaml[yaml.IndexOf("kubeconfig:", StringComparison.Ordinal)..];
    }

    [Fact]
    public void Every_node_renews_the_api_servers_etcd_client_certificate_from_where_it_fetched_it_at_boot()
    {
        var renewal = Fixture.ControlPlane.Renewal;
        var pki = Fixture.Args.Pki.Paths.ControlPlane;

        Assert.Equal(
            [($"{pki}/apiserver-etcd-client.crt", "/etc/kubernetes/pki/apiserver-etcd-client.crt", "0644"), ($"{pki}/apiserver-etcd-client.key", "/etc/kubernetes/pki/apiserver-etcd-client.key", "0600")],
            renewal.Files);
        Assert.Contains(Infra.Pki.CertificateRenewal.EnableCommand, Fixture.ControlPlane.Boot.Script.AfterKubeadm);
        Assert.Contains(Infra.Pki.CertificateRenewal.InstallPath, Fixture.ControlPlane.Boot.ToCloudConfig(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_owns_the_join_parameters_nodes_write_so_destroy_deletes_them_and_up_never_resets_them()
    {
        var declared = Fixture.ControlPlane.JoinParameterResources;

        Assert.Equal(Fixture.Args.Join.Names, declared.Select(p => p.Args.Name.ToString()));
        Assert.All(declared, parameter =>
        {
            Assert.Equal(Infra.Aws.Ssm.ParameterType.SecureString, parameter.Args.Type);
            Assert.Equal(Infra.ClusterJoin.JoinParameters.Unpublished, parameter.Args.Value.ToString());
            Assert.Equal(["value"], parameter.Options.IgnoreChanges);
            Assert.False(parameter.Options.Protect);
        });
    }
}
