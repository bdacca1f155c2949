using Infra.Aws.Lb;
using Infra.ControlPlane.Endpoint;
using Infra.Model;
using Infra.Network;
using Infra.Tests.Network;
using NetworkComponent = Infra.Network.Network;

namespace Infra.Tests.ControlPlane.Endpoint;

/// <summary>A network and the API load balancer in front of it, its connections declared as the composition does, in a fresh program.</summary>
internal sealed record ApiLoadBalancerFixture(InfraProgram Program, NetworkComponent Network, ApiLoadBalancer Api)
{
    public static ApiLoadBalancerFixture Build(
        IReadOnlyList<string>? publicCidrs = null, string clusterName = "prod", Func<ApiLoadBalancerArgs, ApiLoadBalancerArgs>? change = null)
    {
        var (program, network) = NetworkFixture.Build(NetworkFixture.Created() with { PublicIngressCidrs = publicCidrs ?? [] });
        var args = new ApiLoadBalancerArgs
        {
            ClusterName = clusterName,
            Network = network,
            Tags = NetworkFixture.CommonTags,
            PublicAllowedCidrs = publicCidrs ?? [],
        };
        var api = new ApiLoadBalancer(program.Root, "api", (change ?? (a => a))(args));
        network.Connect(api.Connections);
        return new(program, network, api);
    }

    public IReadOnlyList<LoadBalancer> LoadBalancers => Program.ResourcesOf<LoadBalancer>().ToList();

    public LoadBalancer Internal => Assert.Single(LoadBalancers, lb => lb.Args.Internal == true);

    public TargetGroup TargetGroupOf(string frontend) => Assert.Single(Program.ResourcesOf<TargetGroup>(), tg => tg.Path.ToString().Contains($"/{frontend}/", StringComparison.Ordinal));
}
