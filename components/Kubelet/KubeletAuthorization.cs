namespace Infra.Kubelet;

/// <summary>
/// <c>authorization</c>: every authenticated call to the kubelet's API is authorized by a
/// SubjectAccessReview against the API server (RBAC on the <c>nodes/*</c> subresources), never AlwaysAllow
/// (CIS 1.12 4.2.2). kubeadm's default too; written out for the same reason as <see cref="KubeletAuthentication"/>.
/// </summary>
public sealed record KubeletAuthorization
{
    public string Mode { get; init; } = "Webhook";
}
