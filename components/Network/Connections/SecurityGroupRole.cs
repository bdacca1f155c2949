namespace Infra.Network.Connections;

/// <summary>
/// A kind of machine (or load balancer) that carries one security group of the cluster: connections name
/// roles, and each role's group gets the rules its connections need. Both etcd clusters (main and events)
/// share the <see cref="Etcd"/> role: their connections differ by port, not by group.
/// </summary>
/// <param name="Key">The role's short name: the group's resource id starts with it (<c>nodes-sg</c>) and its rules' ids name it.</param>
public sealed record SecurityGroupRole(string Key)
{
    /// <summary>Control-plane nodes: API servers, controller manager, scheduler, their kubelets and pods.</summary>
    public static readonly SecurityGroupRole ControlPlane = new("control-plane");

    /// <summary>etcd members of every etcd cluster.</summary>
    public static readonly SecurityGroupRole Etcd = new("etcd");

    /// <summary>Worker nodes of every pool.</summary>
    public static readonly SecurityGroupRole Nodes = new("nodes");

    /// <summary>Internet-facing load balancers: the public API endpoint and those of Services.</summary>
    public static readonly SecurityGroupRole PublicLoadBalancer = new("public-lb");

    /// <summary>The internal API load balancer, kubeadm's <c>controlPlaneEndpoint</c>.</summary>
    public static readonly SecurityGroupRole InternalApiLoadBalancer = new("api-int-lb");

    /// <summary>The VPC's interface endpoints (ECR, SSM, STS).</summary>
    public static readonly SecurityGroupRole VpcEndpoints = new("endpoints");

    /// <summary>Machines of the cluster: every role whose members run a kubelet and join the pod network.</summary>
    public static IReadOnlyList<SecurityGroupRole> ClusterMembers { get; } = [ControlPlane, Nodes];

    public override string ToString() => Key;
}
