namespace Infra.Tests.Cis;

/// <summary>
/// What kubeadm gives each component before our configuration: the control-plane flags of
/// cmd/kubeadm/app/phases/controlplane/manifests.go (getAPIServerCommand, getControllerManagerCommand,
/// getSchedulerCommand; kubernetes/kubernetes ad7cb45bb24a21d7f391c10985d0af850471f426, the v1beta4 form of 1.31 onwards)
/// and the kubelet fields kubeadm's KubeletConfiguration defaulting sets (cmd/kubeadm/app/componentconfigs/kubelet.go,
/// kubeletConfig.Default; kubernetes/kubernetes 38f7c4b9819e0bf3af34e629cd1564fc47c345b0). Paths assume kubeadm's
/// certificatesDir, /etc/kubernetes/pki. Extra args replace a default of the same name (kubeadmutil.ArgumentsToCommand);
/// a kubelet configuration patch replaces the defaulted fields it sets.
/// </summary>
internal static class KubeadmDefaults
{
    private const string Pki = "/etc/kubernetes/pki";

    /// <summary>kube-apiserver's defaults, with kubeadm's local etcd; an external etcd section replaces the etcd-* flags (<see cref="ComponentSettings.FromKubeadmConfig"/>).</summary>
    public static IReadOnlyDictionary<string, string> ApiServer { get; } = Flags(
        ("advertise-address", "<node address>"),
        ("etcd-servers", "https://127.0.0.1:2379"),
        ("etcd-cafile", $"{Pki}/etcd/ca.crt"),
        ("etcd-certfile", $"{Pki}/apiserver-etcd-client.crt"),
        ("etcd-keyfile", $"{Pki}/apiserver-etcd-client.key"),
        ("enable-admission-plugins", "NodeRestriction"),
        ("service-cluster-ip-range", "<serviceSubnet>"),
        ("service-account-key-file", $"{Pki}/sa.pub"),
        ("service-account-signing-key-file", $"{Pki}/sa.key"),
        ("service-account-issuer", "https://kubernetes.default.svc.cluster.local"),
        ("client-ca-file", $"{Pki}/ca.crt"),
        ("tls-cert-file", $"{Pki}/apiserver.crt"),
        ("tls-private-key-file", $"{Pki}/apiserver.key"),
        ("kubelet-client-certificate", $"{Pki}/apiserver-kubelet-client.crt"),
        ("kubelet-client-key", $"{Pki}/apiserver-kubelet-client.key"),
        ("enable-bootstrap-token-auth", "true"),
        ("secure-port", "6443"),
        ("allow-privileged", "true"),
        ("kubelet-preferred-address-types", "InternalIP,ExternalIP,Hostname"),
        ("requestheader-username-headers", "X-Remote-User"),
        ("requestheader-group-headers", "X-Remote-Group"),
        ("requestheader-extra-headers-prefix", "X-Remote-Extra-"),
        ("requestheader-client-ca-file", $"{Pki}/front-proxy-ca.crt"),
        ("requestheader-allowed-names", "front-proxy-client"),
        ("proxy-client-cert-file", $"{Pki}/front-proxy-client.crt"),
        ("proxy-client-key-file", $"{Pki}/front-proxy-client.key"),
        ("authorization-mode", "Node,RBAC"));

    public static IReadOnlyDictionary<string, string> ControllerManager { get; } = Flags(
        ("bind-address", "127.0.0.1"),
        ("leader-elect", "true"),
        ("kubeconfig", "/etc/kubernetes/controller-manager.conf"),
        ("authentication-kubeconfig", "/etc/kubernetes/controller-manager.conf"),
        ("authorization-kubeconfig", "/etc/kubernetes/controller-manager.conf"),
        ("client-ca-file", $"{Pki}/ca.crt"),
        ("requestheader-client-ca-file", $"{Pki}/front-proxy-ca.crt"),
        ("root-ca-file", $"{Pki}/ca.crt"),
        ("service-account-private-key-file", $"{Pki}/sa.key"),
        ("cluster-signing-cert-file", $"{Pki}/ca.crt"),
        ("cluster-signing-key-file", $"{Pki}/ca.key"),
        ("use-service-account-credentials", "true"),
        ("controllers", "*,bootstrapsigner,tokencleaner"));

    public static IReadOnlyDictionary<string, string> Scheduler { get; } = Flags(
        ("bind-address", "127.0.0.1"),
        ("leader-elect", "true"),
        ("kubeconfig", "/etc/kubernetes/scheduler.conf"),
        ("authentication-kubeconfig", "/etc/kubernetes/scheduler.conf"),
        ("authorization-kubeconfig", "/etc/kubernetes/scheduler.conf"));

    /// <summary>
    /// The kubelet fields kubeadm defaults (as dotted paths). readOnlyPort is defaulted to 0, which the serialized file omits,
    /// so it is absent here as on the node.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Kubelet { get; } = Flags(
        ("staticPodPath", "/etc/kubernetes/manifests"),
        ("authentication.x509.clientCAFile", $"{Pki}/ca.crt"),
        ("authentication.anonymous.enabled", "false"),
        ("authentication.webhook.enabled", "true"),
        ("authorization.mode", "Webhook"),
        ("healthzBindAddress", "127.0.0.1"),
        ("healthzPort", "10248"),
        ("rotateCertificates", "true"),
        ("cgroupDriver", "systemd"));

    /// <summary>No defaults: the etcd members are external, configured by us alone.</summary>
    public static IReadOnlyDictionary<string, string> Etcd { get; } = Flags();

    /// <summary>kubeadm writes no encryption configuration.</summary>
    public static IReadOnlyDictionary<string, string> EncryptionConfig { get; } = Flags();

    public static IReadOnlyDictionary<string, string> For(CisComponent component) => component switch
    {
        CisComponent.ApiServer => ApiServer,
        CisComponent.ControllerManager => ControllerManager,
        CisComponent.Scheduler => Scheduler,
        CisComponent.Etcd => Etcd,
        CisComponent.Kubelet => Kubelet,
        _ => EncryptionConfig,
    };

    private static Dictionary<string, string> Flags(params (string Name, string Value)[] flags) =>
        flags.ToDictionary(flag => flag.Name, flag => flag.Value, StringComparer.Ordinal);
}
