namespace Infra.Pki;

/// <summary>
/// Where the cluster's credentials live in SSM Parameter Store, one path per reader, so an IAM grant on a
/// path prefix is exactly "may read these credentials". Under each path the parameter names mirror the
/// file names the reader expects (e.g. <c>.../control-plane/pki/etcd/ca.crt</c> is <c>/etc/kubernetes/pki/etcd/ca.crt</c>),
/// so a boot script fetches the path recursively and writes each parameter to its file.
/// </summary>
public sealed record PkiPaths(string ParameterPathPrefix, string ClusterName)
{
    /// <summary>
    /// Control-plane nodes: the cluster CA (kubeadm signs the API server's, the kubelets' and the
    /// controllers' certificates with its key), the front-proxy CA, the service account key, the etcd CA
    /// certificate and the API server's etcd client certificate: what kubeadm needs present on every control-plane node. Inside the control-plane role's own path (<c>{prefix}/{cluster}/control-plane</c>), which NodeRoles already grants.
    /// </summary>
    public string ControlPlane => $"{ParameterPathPrefix}/{ClusterName}/control-plane/pki";

    /// <summary>Operators only, never a node: the etcd CA's key (no node needs to issue etcd certificates) and the admin client certificate.</summary>
    public string Operator => $"{ParameterPathPrefix}/{ClusterName}/pki";

    /// <summary>
    /// One etcd member: its certificate and key and the etcd CA certificate (<c>etcd/server.crt</c>, <c>etcd/server.key</c>,
    /// <c>etcd/ca.crt</c>, as under <c>/etc/kubernetes/pki</c>), under the member's own path so a member reads no other member's key.
    /// </summary>
    public string EtcdMember(string memberName) => $"{ParameterPathPrefix}/{ClusterName}/etcd/{memberName}/pki";
}
