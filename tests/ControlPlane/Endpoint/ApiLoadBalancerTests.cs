using Infra.Aws.Lb;
using Infra.Aws.Vpc;
using Infra.ControlPlane.Endpoint;
using Infra.Model;
using Infra.Tests.Aws;

namespace Infra.Tests.ControlPlane.Endpoint;

public sealed class ApiLoadBalancerTests
{
    [Fact]
    public void The_endpoint_is_an_internal_network_load_balancer_in_the_private_subnets()
    {
        var fixture = ApiLoadBalancerFixture.Build();

        var only = Assert.Single(fixture.LoadBalancers);
        Assert.True(only.Args.Internal);
        Assert.Equal("network", only.Args.LoadBalancerType);
        Assert.Equal(fixture.Network.PrivateSubnetIds.Select(s => s.Node), only.Args.Subnets!.Select(s => s.Node));
    }

    [Fact]
    public void Cross_zone_load_balancing_is_on_so_a_zone_without_a_healthy_api_server_is_still_served()
    {
        var fixture = ApiLoadBalancerFixture.Build(["198.51.100.0/24"]);

        Assert.All(fixture.LoadBalancers, lb => Assert.True(lb.Args.EnableCrossZoneLoadBalancing));
    }

    [Fact]
    public void Api_servers_are_health_checked_with_https_readyz_on_the_api_port()
    {
        var targets = ApiLoadBalancerFixture.Build().TargetGroupOf("internal").Args;

        Assert.Equal(6443, targets.Port);
        Assert.Equal("TCP", targets.Protocol);
        Assert.Equal("instance", targets.TargetType);
        Assert.Equal("HTTPS", targets.HealthCheck!.Protocol);
        Assert.Equal("/readyz", targets.HealthCheck.Path);
        Assert.Equal("traffic-port", targets.HealthCheck.Port);
    }

    [Fact]
    public void A_failed_api_server_leaves_rotation_within_about_twenty_seconds()
    {
        var check = ApiLoadBalancerFixture.Build().TargetGroupOf("internal").Args.HealthCheck!;

        Assert.True(check.Interval * check.UnhealthyThreshold <= 20, $"{check.Interval} s x {check.UnhealthyThreshold} failures");
        Assert.True(check.Timeout < check.Interval, "a check must end before the next starts");
    }

    [Fact]
    public void The_listener_forwards_tcp_6443_to_the_target_group()
    {
        var fixture = ApiLoadBalancerFixture.Build();

        var listener = Assert.Single(fixture.Program.ResourcesOf<Listener>());
        Assert.Equal(6443, listener.Args.Port);
        Assert.Equal("TCP", listener.Args.Protocol);
        Assert.Equal(fixture.Internal.Arn.Reference, listener.Args.LoadBalancerArn.Node);
        var action = Assert.Single(listener.Args.DefaultActions);
        Assert.Equal("forward", action.Type);
        Assert.Equal(fixture.Api.InternalTargetGroupArn.Node, action.TargetGroupArn!.Value.Node);
    }

    [Fact]
    public void The_endpoint_is_the_internal_dns_name_on_the_api_port()
    {
        var fixture = ApiLoadBalancerFixture.Build();

        Assert.Equal($"<{fixture.Internal.DnsName.Reference.Source}>:6443", ExprText.Of(fixture.Api.Endpoint));
    }

    [Fact]
    public void Names_fit_the_32_character_limit_for_a_40_character_cluster_name()
    {
        var fixture = ApiLoadBalancerFixture.Build(["198.51.100.0/24"], clusterName: new string('c', 34) + "-euw-1");

        var names = fixture.LoadBalancers.Select(lb => lb.Args.Name!.Value.KnownValue)
            .Concat(fixture.Program.ResourcesOf<TargetGroup>().Select(tg => tg.Args.Name!.Value.KnownValue)).ToList();
        Assert.All(names, name => Assert.InRange(name!.Length, 1, 32));
        Assert.Equal(2, fixture.LoadBalancers.Select(lb => lb.Args.Name!.Value.KnownValue).Distinct().Count());
    }

    [Fact]
    public void Deletion_protection_is_on_unless_turned_off()
    {
        Assert.True(ApiLoadBalancerFixture.Build().Internal.Args.EnableDeletionProtection);
        Assert.False(ApiLoadBalancerFixture.Build(change: a => a with { DeletionProtection = false }).Internal.Args.EnableDeletionProtection);
    }

    [Fact]
    public void No_public_load_balancer_without_allowed_cidrs()
    {
        var fixture = ApiLoadBalancerFixture.Build();

        Assert.Null(fixture.Api.PublicDnsName);
        Assert.Single(fixture.Api.TargetGroupArns);
    }

    [Fact]
    public void Allowed_cidrs_add_a_public_load_balancer_behind_the_restricted_public_group()
    {
        var fixture = ApiLoadBalancerFixture.Build(["198.51.100.0/24"]);

        var open = Assert.Single(fixture.LoadBalancers, lb => lb.Args.Internal == false);
        Assert.Equal(fixture.Network.PublicSubnetIds.Select(s => s.Node), open.Args.Subnets!.Select(s => s.Node));
        Assert.Equal([fixture.Network.PublicLoadBalancerSecurityGroupId.Node], open.Args.SecurityGroups!.Select(g => g.Node));
        Assert.Equal(open.DnsName.Reference, fixture.Api.PublicDnsName!.Value.Node);
        Assert.Equal(2, fixture.Api.TargetGroupArns.Select(arn => arn.Node).Distinct().Count());
    }

    [Fact]
    public void The_internal_load_balancer_has_its_own_group_admitted_by_the_control_plane_on_6443()
    {
        var fixture = ApiLoadBalancerFixture.Build();

        var group = Assert.Single(fixture.Internal.Args.SecurityGroups!);
        var admitted = fixture.Program.ResourcesOf<SecurityGroupIngressRule>().Where(r =>
            r.Args.SecurityGroupId.Node.Equals(fixture.Network.ControlPlaneSecurityGroupId.Node)
            && r.Args.ReferencedSecurityGroupId?.Node.Equals(group.Node) == true);
        Assert.Equal(6443, Assert.Single(admitted).Args.FromPort);
    }

    [Fact]
    public void A_malformed_public_cidr_is_refused_with_the_fix()
    {
        var refused = Assert.Throws<ArgumentException>(() => ApiLoadBalancerFixture.Build(["198.51.100.1/24"]));

        Assert.Contains("use the network address 198.51.100.0/24", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_name_aws_reserves_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => ApiLoadBalancerFixture.Build(clusterName: "internal-tools"));

        Assert.Contains("rename the cluster", refused.Message, StringComparison.Ordinal);
    }
}
