namespace Infra.ControlPlane.Protection;

/// <summary>
/// A protective configuration file of kube-apiserver: the flag that names it, where it sits on each
/// control-plane node, and its text. kubeadm's ClusterConfiguration sets the flag and mounts the path
/// into the kube-apiserver static pod.
/// </summary>
/// <param name="Flag">The kube-apiserver flag without dashes, e.g. <c>audit-policy-file</c>.</param>
/// <param name="Path">Absolute path on the node, the same inside the pod.</param>
/// <param name="Content">The file's text.</param>
public sealed record ApiServerFile(string Flag, string Path, string Content)
{
    /// <summary>
    /// The platform's three files: the audit policy, Secrets encrypted with <paramref name="kms"/> (then
    /// identity), and anonymous access for health checks only. The authentication file replaces
    /// <c>--anonymous-auth</c>, which must then be left unset.
    /// </summary>
    public static IReadOnlyList<ApiServerFile> Defaults(KmsConfiguration kms) =>
        For(AuditPolicy.Default(), EncryptionConfiguration.SecretsWithKms(kms), AuthenticationConfiguration.HealthChecksAndDiscovery());

    /// <summary>The three files from their configurations, each at its fixed path with the flag that names it.</summary>
    public static IReadOnlyList<ApiServerFile> For(AuditPolicy audit, EncryptionConfiguration encryption, AuthenticationConfiguration authentication)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(encryption);
        ArgumentNullException.ThrowIfNull(authentication);
        return
        [
            new("audit-policy-file", AuditPolicy.FilePath, audit.ToYaml()),
            new("encryption-provider-config", EncryptionConfiguration.FilePath, encryption.ToYaml()),
            new("authentication-config", AuthenticationConfiguration.FilePath, authentication.ToYaml()),
        ];
    }
}
