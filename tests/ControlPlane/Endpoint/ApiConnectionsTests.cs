namespace Infra.Tests.ControlPlane.Endpoint;

public class ApiConnectionsTests
{
    [Fact]
    public void Cluster_members_reach_the_internal_listener_which_forwards_and_health_checks_on_the_target_port()
    {
        var connections = ApiLoadBalancerFixture.Build().Api.Connections;

        Assert.Equal(
            [
                "'api' control-plane -> api-int-lb tcp/6443",
                "'api' nodes -> api-int-lb tcp/6443",
                "'api' api-int-lb -> control-plane tcp/6443",
                "'api-service' control-plane -> control-plane tcp/6443",
                "'api-service' nodes -> control-plane tcp/6443",
            ],
            connections.Select(c => c.ToString()));
    }

    [Fact]
    public void Named_client_networks_reach_the_public_listener_only_when_there_is_one()
    {
        var connections = ApiLoadBalancerFixture.Build(["198.51.100.0/24"]).Api.Connections.Select(c => c.ToString()).ToList();

        Assert.Contains("'api' 198.51.100.0/24 -> public-lb tcp/6443", connections);
        Assert.Contains("'api' public-lb -> control-plane tcp/6443", connections);
        Assert.DoesNotContain(ApiLoadBalancerFixture.Build().Api.Connections, c => c.ToString().Contains("public-lb", StringComparison.Ordinal));
    }
}
