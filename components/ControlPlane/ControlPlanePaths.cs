namespace Infra.ControlPlane;

/// <summary>
/// Where the control-plane nodes keep the files the hardening flags point at. Each sits in a directory of its
/// own that is mounted into the API server's static pod: directories, not single files, because a file
/// mounted by hostPath keeps pointing at the old inode when cloud-init or an operator replaces it.
/// </summary>
public static class ControlPlanePaths
{
    /// <summary>The cluster CA kubeadm creates; also the CA that signs kubelet serving certificates.</summary>
    public const string ClusterCa = "/etc/kubernetes/pki/ca.crt";

    public const string AuditPolicyDirectory = "/etc/kubernetes/audit";

    public const string AuditPolicyFile = AuditPolicyDirectory + "/policy.yaml";

    public const string AuditLogDirectory = "/var/log/kubernetes/audit";

    public const string AuditLogFile = AuditLogDirectory + "/audit.log";

    public const string EncryptionDirectory = "/etc/kubernetes/encryption";

    public const string EncryptionConfigFile = EncryptionDirectory + "/config.yaml";

    public const string AuthenticationDirectory = "/etc/kubernetes/authentication";

    public const string AuthenticationConfigFile = AuthenticationDirectory + "/config.yaml";

    /// <summary>Where the KMS plugin (a static pod beside the API server) listens; the encryption configuration's endpoint is a socket here.</summary>
    public const string KmsPluginDirectory = "/var/run/kmsplugin";
}
