using Infra.Network;

namespace Infra.ControlPlane.Endpoint;

/// <summary>
/// The names a cluster owns inside its VPC, in one private hosted zone <c>&lt;cluster&gt;.k8s.internal</c>
/// (<c>.internal</c> is reserved for private use, so it never collides with a public name). Names we own, not
/// the load balancer's generated one, go into certificates and kubeconfigs: replacing the load balancer then
/// moves one alias record instead of re-issuing every certificate and re-joining every node.
/// </summary>
public static class ClusterDomain
{
    /// <summary>The private hosted zone's domain.</summary>
    public static string For(string clusterName) => $"{clusterName}.k8s.internal";

    /// <summary>The API's host name: kubeadm's <c>controlPlaneEndpoint</c> host, an alias of the internal load balancer.</summary>
    public static string ApiHost(string clusterName) => $"api.{For(clusterName)}";

    /// <summary><c>api.&lt;cluster&gt;.k8s.internal:6443</c>: where every node and kubeconfig reaches the API.</summary>
    public static string ApiEndpoint(string clusterName) => $"{ApiHost(clusterName)}:{ClusterPorts.ApiServer.From}";
}
