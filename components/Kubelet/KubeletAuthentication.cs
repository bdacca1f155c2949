using Infra.ControlPlane;
using Infra.Model;

namespace Infra.Kubelet;

/// <summary>
/// Who may call the kubelet's API (port 10250): clients with a certificate of the cluster CA (the API
/// server's kubelet client certificate) or a bearer token the API server confirms; never anonymous callers.
/// kubeadm defaults to the same (cmd/kubeadm/app/componentconfigs/kubelet.go); written out so the rules
/// hold whatever a later kubeadm defaults to.
/// </summary>
public sealed record KubeletAuthentication
{
    /// <summary>CIS 1.12 4.2.3: client certificates are verified against the cluster CA.</summary>
    public KubeletX509Authentication X509 { get; init; } = new();

    /// <summary>Bearer tokens are checked with a TokenReview against the API server (monitoring agents use them).</summary>
    public KubeletWebhookAuthentication Webhook { get; init; } = new();

    /// <summary>CIS 1.12 4.2.1: anonymous requests are refused.</summary>
    public KubeletAnonymousAuthentication Anonymous { get; init; } = new();
}

/// <summary><c>authentication.x509</c>.</summary>
public sealed record KubeletX509Authentication
{
    /// <summary>The cluster CA, where kubeadm writes it on every node.</summary>
    [PulumiName("clientCAFile")]
    public string ClientCaFile { get; init; } = ControlPlanePaths.ClusterCa;
}

/// <summary><c>authentication.webhook</c>.</summary>
public sealed record KubeletWebhookAuthentication
{
    public bool Enabled { get; init; } = true;
}

/// <summary><c>authentication.anonymous</c>.</summary>
public sealed record KubeletAnonymousAuthentication
{
    public bool Enabled { get; init; }
}
