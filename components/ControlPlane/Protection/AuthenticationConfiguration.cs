namespace Infra.ControlPlane.Protection;

/// <summary>
/// <c>apiserver.config.k8s.io/v1 AuthenticationConfiguration</c> (structured authentication, GA in
/// Kubernetes 1.34, like anonymous-endpoint conditions): a file on the control-plane nodes
/// (<c>--authentication-config</c>). When it configures <see cref="Anonymous"/>, the API server must
/// not also get <c>--anonymous-auth</c>: it refuses to start with both.
/// </summary>
public sealed record AuthenticationConfiguration
{
    /// <summary>Where kubeadm mounts the file into the kube-apiserver pod.</summary>
    public const string FilePath = ControlPlanePaths.AuthenticationConfigFile;

    /// <summary>
    /// The cluster-info ConfigMap that bootstrap-token discovery reads before the joining node trusts anyone: kubeadm's
    /// <c>ConfigMaps(kube-public).Get("cluster-info")</c> (cmd/kubeadm/app/discovery/token/token.go) on a client
    /// without credentials. The join then checks the CA in it against its pin and the ConfigMap's JWS signature
    /// against the token, so reading it anonymously reveals only what a CA pin already fixes.
    /// </summary>
    public const string ClusterInfoPath = "/api/v1/namespaces/kube-public/configmaps/cluster-info";

    public AnonymousAuthentication? Anonymous { get; init; }

    /// <summary>
    /// Anonymous requests only for the health endpoints (CIS 1.2.1) and kubeadm's discovery read: the load
    /// balancer's HTTPS /readyz check carries no credentials, nor does a joining node before discovery; every other
    /// path refuses anonymous callers outright, even if a binding to system:anonymous is added by mistake. The
    /// built-in system:public-info-viewer role authorizes the health paths; kubeadm's own Role
    /// <c>kubeadm:bootstrap-signer-clusterinfo</c> (get on configmaps named cluster-info in kube-public, bound to
    /// the user system:anonymous: cmd/kubeadm/app/phases/bootstraptoken/clusterinfo/clusterinfo.go) authorizes the
    /// discovery read.
    /// </summary>
    public static AuthenticationConfiguration HealthChecksAndDiscovery() => new()
    {
        Anonymous = new AnonymousAuthentication
        {
            Enabled = true,
            Conditions =
            [
                new AnonymousCondition { Path = "/livez" },
                new AnonymousCondition { Path = "/readyz" },
                new AnonymousCondition { Path = "/healthz" },
                new AnonymousCondition { Path = ClusterInfoPath },
            ],
        },
    };

    /// <summary>The file's text.</summary>
    public string ToYaml() => ApiServerConfigFile.Write("apiserver.config.k8s.io/v1", "AuthenticationConfiguration", this);
}

/// <summary>
/// <c>AnonymousAuthConfig</c>: when enabled, anonymous requests are accepted only on the <see cref="Conditions"/>' paths
/// (all paths when there are none). A condition is an exact path, no prefix and no wildcard: KEP-4633 ("anonymous
/// auth is only allowed for requests whose path exactly matches one of the entries"), field <c>conditions</c> of
/// k8s.io/apiserver pkg/apis/apiserver/v1 <c>AnonymousAuthConfig</c>.
/// </summary>
public sealed record AnonymousAuthentication
{
    public required bool Enabled { get; init; }

    public IReadOnlyList<AnonymousCondition>? Conditions { get; init; }

    /// <summary>Whether the API server authenticates an anonymous request for <paramref name="path"/> (as system:anonymous).</summary>
    public bool Allows(string path) =>
        Enabled && (Conditions is null || Conditions.Any(condition => string.Equals(condition.Path, path, StringComparison.Ordinal)));
}

/// <summary><c>AnonymousAuthCondition</c>: an exact request path.</summary>
public sealed record AnonymousCondition
{
    public required string Path { get; init; }
}
