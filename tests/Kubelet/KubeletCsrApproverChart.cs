namespace Infra.Tests.Kubelet;

/// <summary>
/// Facts about the kubelet-csr-approver chart 1.2.14: the top-level keys of postfinance/kubelet-csr-approver
/// charts/kubelet-csr-approver/values.yaml at tag v1.2.14 (commit 14dd0aca331ff078ae3cb0a62ecbfe83b8e3a531), and the
/// toleration keys the Deployment template passes through (templates/deployment.yaml, <c>toYaml .Values.tolerations</c>).
/// </summary>
internal static class KubeletCsrApproverChart
{
    public const string Version = "1.2.14";

    public static readonly IReadOnlySet<string> ValueKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "global", "providerRegex", "maxExpirationSeconds", "bypassDnsResolution", "allowedDnsNames", "ignoreNonSystemNode",
        "skipDenyStep", "bypassHostnameCheck", "providerIpPrefixes", "loggingLevel", "leaderElection", "replicas", "namespace",
        "image", "imagePullSecrets", "nameOverride", "fullnameOverride", "metrics", "serviceAccount", "podAnnotations",
        "podLabels", "priorityClassName", "podSecurityContext", "securityContext", "resources", "nodeSelector", "tolerations",
        "affinity", "rbac", "env", "dnsPolicy", "dnsConfig", "extraObjects",
    };
}
