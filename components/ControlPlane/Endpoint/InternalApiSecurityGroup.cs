using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;
using NetworkComponent = Infra.Network.Network;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// The internal API load balancer's own group. Cluster members (all carry the nodes group) may open 6443 on it,
/// and it may open 6443 on the control-plane group, which admits it: with client addresses not preserved
/// (<see cref="ApiFrontend.PreserveClientIp"/>) connections and health checks reach the API servers from the load
/// balancer, and only a rule naming its group lets them in. Members already reach it on the way out: the nodes
/// group lets workloads open any TCP port but SSH's.
/// </summary>
internal static class InternalApiSecurityGroup
{
    /// <summary>Declares the group and its rules in <paramref name="scope"/>, the internal load balancer's.</summary>
    public static SecurityGroup Declare(Scope scope, NetworkComponent network, NetworkTags tags)
    {
        var group = new SecurityGroup(scope, "sg", new SecurityGroupArgs
        {
            VpcId = network.VpcId,
            Description = "Internal Kubernetes API load balancer",
            Tags = tags.Named("api-int-lb"),
        });
        var rules = new Rules(scope, tags);
        rules.Ingress("in-api-from-nodes", group.Id, network.NodesSecurityGroupId, "Cluster members reach the API endpoint");
        rules.Egress("out-api-to-control-plane", group.Id, network.ControlPlaneSecurityGroupId, "The API load balancer forwards and health-checks");
        rules.Ingress("control-plane-in-api-from-internal-lb", network.ControlPlaneSecurityGroupId, group.Id, "The internal API load balancer forwards to API servers");
        return group;
    }

    /// <summary>Rules on the API port between two groups, Name-tagged <c>&lt;cluster&gt;-api-int-&lt;id&gt;</c>.</summary>
    private sealed class Rules(Scope scope, NetworkTags tags)
    {
        public void Ingress(string id, Expr<string> on, Expr<string> peer, string why) =>
            _ = new SecurityGroupIngressRule(scope, id, Args(id, on, peer, why));

        public void Egress(string id, Expr<string> on, Expr<string> peer, string why) =>
            _ = new SecurityGroupEgressRule(scope, id, Args(id, on, peer, why));

        private SecurityGroupRuleArgs Args(string id, Expr<string> on, Expr<string> peer, string why) => new()
        {
            SecurityGroupId = on,
            IpProtocol = ClusterPorts.ApiServer.Protocol,
            FromPort = ClusterPorts.ApiServer.From,
            ToPort = ClusterPorts.ApiServer.To,
            ReferencedSecurityGroupId = peer,
            Description = why,
            Tags = tags.Named($"api-int-{id}"),
        };
    }
}
