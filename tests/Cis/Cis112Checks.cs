using static Infra.Tests.Cis.CisCondition;

namespace Infra.Tests.Cis;

/// <summary>
/// The decidable checks of the CIS Kubernetes Benchmark 1.12 as kube-bench runs them: aquasecurity/kube-bench
/// a73ce378418c71c5861e6963753f50dec3badadf, cfg/cis-1.12/master.yaml (1.2-1.4), etcd.yaml (2), node.yaml (4.2);
/// cfg/config.yaml there maps Kubernetes 1.32-1.34 to cis-1.12, the newest benchmark it has. Decidable means the
/// check reads a flag or configuration field this repository renders. Left out, as not decidable from configuration:
/// 1.1.x and 4.1.x (file modes and owners on the node; kubeadm writes them), 1.2.20 (--request-timeout, no test),
/// controlplane.yaml 3.x and policies.yaml 5.x (manual reviews of the audit policy, RBAC and workloads), 4.2.7
/// (--hostname-override, a command-line flag outside the kubelet configuration) and 4.3.1 (kube-proxy: not deployed,
/// Calico's eBPF dataplane replaces it).
/// <see cref="CisCheck.KubeadmDefaultsSatisfy"/> says whether <see cref="KubeadmDefaults"/> alone pass the check; a
/// test holds it to that.
/// </summary>
internal static class Cis112Checks
{
    /// <summary>1.2.29's list, kube-bench's (TLS 1.3 suites included: Go always offers them).</summary>
    public const string ApiServerStrongCiphers =
        "TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,"
        + "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,"
        + "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,"
        + "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256";

    /// <summary>4.2.12's list, kube-bench's: shorter than 1.2.29's, and its ChaCha20 names lack the <c>_SHA256</c> suffix.</summary>
    public const string KubeletStrongCiphers =
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,"
        + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384";

    private const string AdmissionPlugins = "enable-admission-plugins";

    public static IReadOnlyList<CisCheck> All { get; } =
    [
        Check(CisComponent.ApiServer, "1.2.1", "Ensure that the --anonymous-auth argument is set to false", Is("anonymous-auth", "false"), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.2", "Ensure that the --token-auth-file parameter is not set", Unset("token-auth-file"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.3", "Ensure that the --DenyServiceExternalIPs is set", Has(AdmissionPlugins, "DenyServiceExternalIPs"), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.4", "Ensure that the --kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate", AllOf(Set("kubelet-client-certificate"), Set("kubelet-client-key")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.5", "Ensure that the --kubelet-certificate-authority argument is set as appropriate", Set("kubelet-certificate-authority"), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.6", "Ensure that the --authorization-mode argument is not set to AlwaysAllow", HasNot("authorization-mode", "AlwaysAllow"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.7", "Ensure that the --authorization-mode argument includes Node", Has("authorization-mode", "Node"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.8", "Ensure that the --authorization-mode argument includes RBAC", Has("authorization-mode", "RBAC"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.9", "Ensure that the admission control plugin EventRateLimit is set", Has(AdmissionPlugins, "EventRateLimit"), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.10", "Ensure that the admission control plugin AlwaysAdmit is not set", AnyOf(HasNot(AdmissionPlugins, "AlwaysAdmit"), Unset(AdmissionPlugins)), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.11", "Ensure that the admission control plugin AlwaysPullImages is set", Has(AdmissionPlugins, "AlwaysPullImages"), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.12", "Ensure that the admission control plugin ServiceAccount is set", AnyOf(HasNot("disable-admission-plugins", "ServiceAccount"), Unset("disable-admission-plugins")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.13", "Ensure that the admission control plugin NamespaceLifecycle is set", AnyOf(HasNot("disable-admission-plugins", "NamespaceLifecycle"), Unset("disable-admission-plugins")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.14", "Ensure that the admission control plugin NodeRestriction is set", Has(AdmissionPlugins, "NodeRestriction"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.15", "Ensure that the --profiling argument is set to false", Is("profiling", "false"), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.16", "Ensure that the --audit-log-path argument is set", Set("audit-log-path"), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.17", "Ensure that the --audit-log-maxage argument is set to 30 or as appropriate", AtLeast("audit-log-maxage", 30), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.18", "Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate", AtLeast("audit-log-maxbackup", 10), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.19", "Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate", AtLeast("audit-log-maxsize", 100), scored: true, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.21", "Ensure that the --service-account-lookup argument is set to true", AnyOf(Unset("service-account-lookup"), Is("service-account-lookup", "true")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.22", "Ensure that the --service-account-key-file argument is set as appropriate", Set("service-account-key-file"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.23", "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate", AllOf(Set("etcd-certfile"), Set("etcd-keyfile")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.24", "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate", AllOf(Set("tls-cert-file"), Set("tls-private-key-file")), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.25", "Ensure that the --client-ca-file argument is set as appropriate", Set("client-ca-file"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.26", "Ensure that the --etcd-cafile argument is set as appropriate", Set("etcd-cafile"), scored: true, kubeadm: true),
        Check(CisComponent.ApiServer, "1.2.27", "Ensure that the --encryption-provider-config argument is set as appropriate", Set("encryption-provider-config"), scored: false, kubeadm: false),

        // kube-bench reads the line after the first 'providers:' of the file: the provider that encrypts new writes.
        Check(CisComponent.EncryptionConfig, "1.2.28", "Ensure that encryption providers are appropriately configured", OnlyFrom("provider", "aescbc,kms,secretbox"), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.29", "Ensure that the API Server only makes use of Strong Cryptographic Ciphers", OnlyFrom("tls-cipher-suites", ApiServerStrongCiphers), scored: false, kubeadm: false),
        Check(CisComponent.ApiServer, "1.2.30", "Ensure that the --service-account-extend-token-expiration parameter is set to false", Is("service-account-extend-token-expiration", "false"), scored: true, kubeadm: false),

        Check(CisComponent.ControllerManager, "1.3.1", "Ensure that the --terminated-pod-gc-threshold argument is set as appropriate", Set("terminated-pod-gc-threshold"), scored: false, kubeadm: false),
        Check(CisComponent.ControllerManager, "1.3.2", "Ensure that the --profiling argument is set to false", Is("profiling", "false"), scored: true, kubeadm: false),
        Check(CisComponent.ControllerManager, "1.3.3", "Ensure that the --use-service-account-credentials argument is set to true", IsNot("use-service-account-credentials", "false"), scored: true, kubeadm: true),
        Check(CisComponent.ControllerManager, "1.3.4", "Ensure that the --service-account-private-key-file argument is set as appropriate", Set("service-account-private-key-file"), scored: true, kubeadm: true),
        Check(CisComponent.ControllerManager, "1.3.5", "Ensure that the --root-ca-file argument is set as appropriate", Set("root-ca-file"), scored: true, kubeadm: true),
        Check(CisComponent.ControllerManager, "1.3.6", "Ensure that the RotateKubeletServerCertificate argument is set to true", AnyOf(HasNot("feature-gates", "RotateKubeletServerCertificate=false"), Unset("feature-gates")), scored: true, kubeadm: true),
        Check(CisComponent.ControllerManager, "1.3.7", "Ensure that the --bind-address argument is set to 127.0.0.1", AnyOf(Is("bind-address", "127.0.0.1"), Unset("bind-address")), scored: true, kubeadm: true),

        Check(CisComponent.Scheduler, "1.4.1", "Ensure that the --profiling argument is set to false", Is("profiling", "false"), scored: true, kubeadm: false),
        Check(CisComponent.Scheduler, "1.4.2", "Ensure that the --bind-address argument is set to 127.0.0.1", AnyOf(Is("bind-address", "127.0.0.1"), Unset("bind-address")), scored: true, kubeadm: true),

        // The etcd members are ours (external etcd): kubeadm gives them no flags, so only "not set" checks pass on its defaults.
        Check(CisComponent.Etcd, "2.1", "Ensure that the --cert-file and --key-file arguments are set as appropriate", AllOf(Set("cert-file"), Set("key-file")), scored: true, kubeadm: false),
        Check(CisComponent.Etcd, "2.2", "Ensure that the --client-cert-auth argument is set to true", Is("client-cert-auth", "true"), scored: true, kubeadm: false),
        Check(CisComponent.Etcd, "2.3", "Ensure that the --auto-tls argument is not set to true", AnyOf(Unset("auto-tls"), Is("auto-tls", "false")), scored: true, kubeadm: true),
        Check(CisComponent.Etcd, "2.4", "Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate", AllOf(Set("peer-cert-file"), Set("peer-key-file")), scored: true, kubeadm: false),
        Check(CisComponent.Etcd, "2.5", "Ensure that the --peer-client-cert-auth argument is set to true", Is("peer-client-cert-auth", "true"), scored: true, kubeadm: false),
        Check(CisComponent.Etcd, "2.6", "Ensure that the --peer-auto-tls argument is not set to true", AnyOf(Unset("peer-auto-tls"), Is("peer-auto-tls", "false")), scored: true, kubeadm: true),
        Check(CisComponent.Etcd, "2.7", "Ensure that a unique Certificate Authority is used for etcd", Set("trusted-ca-file"), scored: false, kubeadm: false),

        Check(CisComponent.Kubelet, "4.2.1", "Ensure that the --anonymous-auth argument is set to false", Is("authentication.anonymous.enabled", "false"), scored: true, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.2", "Ensure that the --authorization-mode argument is not set to AlwaysAllow", HasNot("authorization.mode", "AlwaysAllow"), scored: true, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.3", "Ensure that the --client-ca-file argument is set as appropriate", Set("authentication.x509.clientCAFile"), scored: true, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.4", "Verify that if defined, the --read-only-port argument is set to 0", AnyOf(Is("readOnlyPort", "0"), Unset("readOnlyPort")), scored: false, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.5", "Ensure that the --streaming-connection-idle-timeout argument is not set to 0", AnyOf(IsNot("streamingConnectionIdleTimeout", "0"), Unset("streamingConnectionIdleTimeout")), scored: false, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.6", "Ensure that the --make-iptables-util-chains argument is set to true", AnyOf(Is("makeIPTablesUtilChains", "true"), Unset("makeIPTablesUtilChains")), scored: true, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.8", "Ensure that the eventRecordQPS argument is set to a level which ensures appropriate event capture", AnyOf(AtLeast("eventRecordQPS", 0), Unset("eventRecordQPS")), scored: false, kubeadm: true),

        // kube-bench tests tlsCertFile and tlsPrivateKeyFile. What the item asks, a serving certificate the API server can
        // verify instead of one the kubelet signs itself, serverTLSBootstrap gives too: the cluster CA signs it through a
        // CSR (issue 8, item 6). kube-bench still reports that layout as a failure of this manual item.
        Check(CisComponent.Kubelet, "4.2.9", "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate", AnyOf(AllOf(Set("tlsCertFile"), Set("tlsPrivateKeyFile")), Is("serverTLSBootstrap", "true")), scored: false, kubeadm: false),
        Check(CisComponent.Kubelet, "4.2.10", "Ensure that the --rotate-certificates argument is not set to false", AnyOf(Is("rotateCertificates", "true"), Unset("rotateCertificates")), scored: true, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.11", "Verify that the RotateKubeletServerCertificate argument is set to true", AnyOf(HasNot("featureGates.RotateKubeletServerCertificate", "false"), Unset("featureGates.RotateKubeletServerCertificate")), scored: false, kubeadm: true),
        Check(CisComponent.Kubelet, "4.2.12", "Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers", OnlyFrom("tlsCipherSuites", KubeletStrongCiphers), scored: false, kubeadm: false),
        Check(CisComponent.Kubelet, "4.2.13", "Ensure that a limit is set on pod PIDs", Set("podPidsLimit"), scored: false, kubeadm: false),

        // kube-bench only tests that seccompDefault is present; the item asks for true.
        Check(CisComponent.Kubelet, "4.2.14", "Ensure that the --seccomp-default parameter is set to true", Is("seccompDefault", "true"), scored: false, kubeadm: false),
    ];

    private static CisCheck Check(CisComponent component, string id, string text, CisCondition requires, bool scored, bool kubeadm) =>
        new(id, component, text, requires, scored, kubeadm);
}
