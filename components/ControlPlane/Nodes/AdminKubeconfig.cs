using Infra.Emit;
using Infra.Model;
using Infra.Pki;

namespace Infra.ControlPlane.Nodes;

/// <summary>
/// The cluster-admin kubeconfig a cluster stack exports for its platform stack and operators, from the PKI's admin
/// client certificate (group <c>kubeadm:cluster-admins</c>, revocable by deleting its ClusterRoleBinding). JSON, which
/// every kubeconfig reader accepts as YAML, and a secret end to end: it holds the admin key.
/// </summary>
public static class AdminKubeconfig
{
    /// <param name="clusterName">Names the cluster, user and context.</param>
    /// <param name="server">The URL clients dial (<c>https://host:6443</c>).</param>
    /// <param name="tlsServerName">
    /// The name the client verifies the API server's certificate against: <c>api.&lt;domain&gt;</c>, which every API
    /// server's certificate names, so a client may dial the public load balancer's generated name instead.
    /// </param>
    /// <param name="pki">The cluster CA and the admin credential.</param>
    public static Expr<string> For(string clusterName, Expr<string> server, string tlsServerName, ClusterPki pki)
    {
        ArgumentNullException.ThrowIfNull(pki);
        var user = $"{clusterName}-admin";
        var config = new OrderedMap()
            .Add("apiVersion", "v1")
            .Add("kind", "Config")
            .Add("clusters", new[]
            {
                new OrderedMap().Add("name", clusterName).Add("cluster", new OrderedMap()
                    .Add("server", server)
                    .Add("tls-server-name", tlsServerName)
                    .Add("certificate-authority-data", Fn.ToBase64(pki.ClusterCaCertPem))),
            })
            .Add("users", new[]
            {
                new OrderedMap().Add("name", user).Add("user", new OrderedMap()
                    .Add("client-certificate-data", Fn.ToBase64(pki.Admin.CertPem))
                    .Add("client-key-data", Fn.ToBase64(pki.Admin.PrivateKeyPem))),
            })
            .Add("contexts", new[]
            {
                new OrderedMap().Add("name", clusterName).Add("context", new OrderedMap().Add("cluster", clusterName).Add("user", user)),
            })
            .Add("current-context", clusterName);
        return Fn.Secret(Fn.ToJson(config));
    }
}
