using Infra.ControlPlane.Cis;
using Infra.ControlPlane.Kubeadm;

namespace Infra.ControlPlane;

/// <summary>
/// Flags for the CIS Kubernetes Benchmark 1.12 control-plane items (section 1.2 API server, 1.3 controller manager,
/// 1.4 scheduler) that kubeadm does not already satisfy, and the items deliberately not followed (<see cref="Deviations"/>).
/// Items kubeadm satisfies by itself and we therefore leave alone: 1.2.4 kubelet client certificate, 1.2.22
/// service-account key, 1.2.23/1.2.26 etcd client certificate and CA (from the external etcd section), 1.2.24 serving
/// certificate, 1.2.25 client CA, 1.3.3 per-controller service-account credentials, 1.3.4 service-account private key,
/// 1.3.5 root CA, 1.3.7 and 1.4.2 bind address 127.0.0.1; 1.2.2 (token file), 1.2.10 (AlwaysAdmit) and 1.3.6
/// (RotateKubeletServerCertificate=false) hold because we never set them. tests/Cis evaluates every decidable item.
/// </summary>
public static class ControlPlaneHardening
{
    /// <summary>
    /// ECDHE key exchange with AEAD ciphers only (CIS 1.2.29): forward secrecy, no CBC, no RSA key exchange.
    /// TLS 1.3 suites are not configurable in Go and are all strong.
    /// </summary>
    public static readonly IReadOnlyList<string> CipherSuites =
    [
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    ];

    /// <summary>CIS 1.2.17: keep 30 days of audit log.</summary>
    public const int AuditLogMaxAgeDays = 30;

    /// <summary>CIS 1.2.18: keep 10 rotated files.</summary>
    public const int AuditLogMaxBackups = 10;

    /// <summary>CIS 1.2.19: rotate at 100 MB.</summary>
    public const int AuditLogMaxSizeMb = 100;

    /// <summary>
    /// The CIS 1.12 control-plane recommendations these flags deliberately leave unmet, each with its cost at this
    /// scale and what covers the risk. The control plane carries them as <see cref="CisDeviationsAnnotation"/>: the
    /// policy report lists them (CIS-001) and the benchmark test accepts exactly these failures.
    /// </summary>
    public static IReadOnlyList<CisDeviation> Deviations { get; } =
    [
        new(
            "1.2.1",
            "Ensure that the --anonymous-auth argument is set to false",
            "kube-apiserver refuses --anonymous-auth beside the anonymous section of --authentication-config, and with "
            + "--anonymous-auth=false the load balancer's /readyz check and the static pod's own probes, which carry no "
            + "credentials, fail with 401, taking every API server out of service.",
            "The authentication configuration admits anonymous requests only on the paths it lists "
            + "(AuthenticationConfiguration), and refuses them everywhere else even if a binding to system:anonymous is added."),
        new(
            "1.2.9",
            "Ensure that the admission control plugin EventRateLimit is set",
            "EventRateLimit needs fixed per-server, per-namespace and per-user event budgets; from 1,000 nodes a zone "
            + "failure evicts and reschedules thousands of pods at once, and a budget sized for calm days drops exactly "
            + "the events that explain the incident, while one sized for that storm limits nothing.",
            "API Priority and Fairness queues every client's requests, events included, in its own share (ApiPriorityAndFairness); "
            + "kubelets send events at a bounded rate (KubeletSettings.EventRecordQps); from 1,000 nodes events go to their "
            + "own etcd cluster (EtcdEventsCluster), so an event storm cannot slow the main cluster's writes."),
        new(
            "1.2.11",
            "Ensure that the admission control plugin AlwaysPullImages is set",
            "AlwaysPullImages makes every container start ask the registry first: after a zone failure thousands of pods "
            + "start at once, each waiting on a registry round trip, and no pod can restart while the registry is unreachable, "
            + "even with its image on the node.",
            "Pod Security admission on every namespace (K8S-003) limits what any pod may do whatever its image. The risk left, "
            + "a pod starting from another tenant's private image already on its node, exists only for images pulled with "
            + "imagePullSecrets: revisit, or give such tenants a node pool of their own, when tenants bring private images."),
    ];

    /// <summary>
    /// kube-apiserver. On anonymous access (CIS 1.2.1): a plain <c>--anonymous-auth=false</c> would make the
    /// static pod's own liveness/readiness probes and the NLB's HTTPS health check on <c>/readyz</c> fail with
    /// 401, since neither presents a client certificate. Instead the structured authentication configuration
    /// (<see cref="Protection.AuthenticationConfiguration.HealthChecksAndDiscovery"/>) allows anonymous requests to <c>/livez</c>, <c>/readyz</c>,
    /// <c>/healthz</c> and kubeadm's cluster-info discovery read only, and rejects them everywhere else. The API server refuses <c>--anonymous-auth</c> together
    /// with an <c>anonymous</c> section, so that flag is not set.
    /// </summary>
    public static IReadOnlyList<Arg> ApiServerArgs() =>
    [
        new("authentication-config", ControlPlanePaths.AuthenticationConfigFile),
        new("authorization-mode", "Node,RBAC"), // CIS 1.2.6, 1.2.7, 1.2.8
        // CIS 1.2.14 NodeRestriction; 1.2.3 DenyServiceExternalIPs: a Service's externalIPs would let anyone who may create a
        // Service intercept traffic to any address (CVE-2020-8554), and nothing here uses them. PodSecurity, ServiceAccount
        // and NamespaceLifecycle are on by default (1.2.12, 1.2.13).
        new("enable-admission-plugins", "NodeRestriction,DenyServiceExternalIPs"),
        new("kubelet-certificate-authority", ControlPlanePaths.ClusterCa), // CIS 1.2.5; needs kubelet serving certificates signed by the cluster CA (serverTLSBootstrap + CSR approval)
        new("profiling", "false"), // CIS 1.2.15
        new("audit-policy-file", ControlPlanePaths.AuditPolicyFile),
        new("audit-log-path", ControlPlanePaths.AuditLogFile), // CIS 1.2.16
        new("audit-log-maxage", $"{AuditLogMaxAgeDays}"),
        new("audit-log-maxbackup", $"{AuditLogMaxBackups}"),
        new("audit-log-maxsize", $"{AuditLogMaxSizeMb}"),
        new("service-account-lookup", "true"), // CIS 1.2.21
        // CIS 1.2.30: a bound service-account token expires when it says (the kubelet renews projected tokens before then)
        // instead of being extended to a year for clients that never reload, so a leaked token stops working soon.
        new("service-account-extend-token-expiration", "false"),
        new("encryption-provider-config", ControlPlanePaths.EncryptionConfigFile), // CIS 1.2.27; 1.2.28 KMS first, see EncryptionConfiguration
        .. TlsArgs(),
    ];

    /// <summary>kube-controller-manager: CIS 1.3.2 (1.3.1's GC threshold is size-derived, in <see cref="ControlPlaneTuning"/>).</summary>
    public static IReadOnlyList<Arg> ControllerManagerArgs() => [new("profiling", "false"), .. TlsArgs()];

    /// <summary>kube-scheduler: CIS 1.4.1.</summary>
    public static IReadOnlyList<Arg> SchedulerArgs() => [new("profiling", "false"), .. TlsArgs()];

    /// <summary>
    /// The API server's mounts for the files the flags above name: configuration read-only and required to
    /// exist (cloud-init writes it before kubeadm runs); the audit log and KMS socket directories writable and created if missing.
    /// </summary>
    public static IReadOnlyList<HostPathMount> ApiServerVolumes() =>
    [
        ConfigDirectory("authentication", ControlPlanePaths.AuthenticationDirectory),
        ConfigDirectory("audit-policy", ControlPlanePaths.AuditPolicyDirectory),
        ConfigDirectory("encryption", ControlPlanePaths.EncryptionDirectory),
        new("audit-log", ControlPlanePaths.AuditLogDirectory, ControlPlanePaths.AuditLogDirectory) { ReadOnly = false, PathType = "DirectoryOrCreate" },
        // The KMS plugin's socket: without it the API server cannot encrypt or read a single Secret.
        new("kms-plugin", ControlPlanePaths.KmsPluginDirectory, ControlPlanePaths.KmsPluginDirectory) { ReadOnly = false, PathType = "DirectoryOrCreate" },
    ];

    // TLS 1.2 at least on every serving port (6443, 10257, 10259), with the strong suites.
    private static IReadOnlyList<Arg> TlsArgs() =>
    [
        new("tls-min-version", "VersionTLS12"),
        new("tls-cipher-suites", string.Join(',', CipherSuites)),
    ];

    private static HostPathMount ConfigDirectory(string name, string path) => new(name, path, path) { PathType = "Directory" };
}
