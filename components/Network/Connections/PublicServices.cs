namespace Infra.Network.Connections;

/// <summary>
/// Services published through internet-facing load balancers: the named client networks reach Ingress on HTTPS, and the
/// load balancers forward to NodePorts on worker nodes. No client network named, no ingress from outside the VPC.
/// </summary>
public static class PublicServices
{
    public static IReadOnlyList<Connection> For(IReadOnlyList<string> clientCidrs)
    {
        ArgumentNullException.ThrowIfNull(clientCidrs);
        return
        [
            .. clientCidrs.Select(cidr => new Connection("https", Peer.Addresses(cidr), Peer.Of(SecurityGroupRole.PublicLoadBalancer), ClusterPorts.Https, "Clients reach Ingress")),
            new("nodeports", Peer.Of(SecurityGroupRole.PublicLoadBalancer), Peer.Of(SecurityGroupRole.Nodes), ClusterPorts.NodePorts, "Load balancers forward to NodePort services"),
        ];
    }
}
