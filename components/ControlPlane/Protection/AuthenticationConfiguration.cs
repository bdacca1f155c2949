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

    public AnonymousAuthentication? Anonymous { get; init; }

    /// <summary>
    /// Anonymous requests only for the health endpoints (CIS 1.2.1): the load balancer's HTTPS /readyz
    /// check carries no credentials, and every other path refuses anonymous callers outright, even if a
    /// binding to system:anonymous is added by mistake. The built-in system:public-info-viewer role
    /// already authorizes these paths.
    /// </summary>
    public static AuthenticationConfiguration HealthChecksOnly() => new()
    {
        Anonymous = new AnonymousAuthentication
        {
            Enabled = true,
            Conditions = [new AnonymousCondition { Path = "/livez" }, new AnonymousCondition { Path = "/readyz" }, new AnonymousCondition { Path = "/healthz" }],
        },
    };

    /// <summary>The file's text.</summary>
    public string ToYaml() => ApiServerConfigFile.Write("apiserver.config.k8s.io/v1", "AuthenticationConfiguration", this);
}

/// <summary><c>AnonymousAuthConfig</c>: when enabled, anonymous requests are accepted only on the <see cref="Conditions"/>' paths.</summary>
public sealed record AnonymousAuthentication
{
    public required bool Enabled { get; init; }

    public IReadOnlyList<AnonymousCondition>? Conditions { get; init; }
}

/// <summary><c>AnonymousAuthCondition</c>: an exact request path.</summary>
public sealed record AnonymousCondition
{
    public required string Path { get; init; }
}
