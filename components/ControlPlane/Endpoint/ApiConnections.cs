using Infra.Network;
using Infra.Network.Connections;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// The connections the Kubernetes API needs, read from its load balancers' listeners, target groups and health checks.
/// Every cluster member opens the internal load balancer's listener (kubeadm, kubelets and the control plane's own
/// components dial <c>api.&lt;cluster&gt;</c>, an alias of it: without it <c>kubeadm init</c> stalls); with client
/// addresses not preserved (<see cref="ApiFrontend.PreserveClientIp"/>) connections and health checks reach the API
/// servers from the load balancer's group, which the API servers admit. The named client networks open the public
/// listener. Pods reach the API servers directly too, through the <c>kubernetes</c> Service, whose endpoints are the
/// API servers' own addresses and port.
/// </summary>
internal static class ApiConnections
{
    public static IReadOnlyList<Connection> For(ApiFrontend internalFrontend, ApiFrontend? publicFrontend, IReadOnlyList<string> publicCidrs)
    {
        var apiServers = Peer.Of(SecurityGroupRole.ControlPlane);
        var connections = new List<Connection>();
        connections.AddRange(Connection.FromEach(
            SecurityGroupRole.ClusterMembers, "api", Peer.Of(SecurityGroupRole.InternalApiLoadBalancer), internalFrontend.ListenerPort, "Cluster members reach the API endpoint"));
        connections.AddRange(Forward(SecurityGroupRole.InternalApiLoadBalancer, internalFrontend, apiServers));
        if (publicFrontend is not null)
        {
            var publicLoadBalancer = Peer.Of(SecurityGroupRole.PublicLoadBalancer);
            connections.AddRange(publicCidrs.Select(cidr =>
                new Connection("api", Peer.Addresses(cidr), publicLoadBalancer, publicFrontend.ListenerPort, "Clients reach the Kubernetes API")));
            connections.AddRange(Forward(SecurityGroupRole.PublicLoadBalancer, publicFrontend, apiServers));
        }

        connections.AddRange(internalFrontend.TargetPorts.SelectMany(port =>
            Connection.FromEach(SecurityGroupRole.ClusterMembers, "api-service", apiServers, port, "Pods reach the API servers through the kubernetes Service")));
        return connections;
    }

    private static IEnumerable<Connection> Forward(SecurityGroupRole loadBalancer, ApiFrontend frontend, Peer apiServers) =>
        frontend.TargetPorts.Select(port =>
            new Connection("api", Peer.Of(loadBalancer), apiServers, port, "The API load balancer forwards to API servers and checks their health"));
}
