using Infra.Model;

namespace Infra.ControlPlane.Protection;

/// <summary>
/// <c>apiserver.config.k8s.io/v1 EncryptionConfiguration</c>: how the API servers encrypt resources
/// before writing them to etcd. A file on the control-plane nodes
/// (<c>--encryption-provider-config</c>), not a Kubernetes object.
/// </summary>
public sealed record EncryptionConfiguration
{
    /// <summary>Where kubeadm mounts the file into the kube-apiserver pod.</summary>
    public const string FilePath = ControlPlanePaths.EncryptionConfigFile;

    public required IReadOnlyList<ResourceEncryption> Resources { get; init; }

    /// <summary>
    /// Secrets encrypted with KMS v2 through the AWS encryption provider, identity last. The first
    /// provider encrypts every write; reads try each provider in turn, so identity keeps secrets that
    /// were written before encryption was turned on readable until they are rewritten
    /// (<c>kubectl get secrets -A -o json | kubectl replace -f -</c>); only then may it be removed.
    /// </summary>
    public static EncryptionConfiguration SecretsWithKms(KmsConfiguration kms) => new()
    {
        Resources = [new ResourceEncryption { Resources = ["secrets"], Providers = [EncryptionProvider.Kms(kms), EncryptionProvider.Identity] }],
    };

    /// <summary>The file's text.</summary>
    public string ToYaml() => ApiServerConfigFile.Write("apiserver.config.k8s.io/v1", "EncryptionConfiguration", this);
}

/// <summary>One entry of <c>resources</c>: resources and the providers that encrypt them, in order.</summary>
public sealed record ResourceEncryption
{
    /// <summary>Plural resource names, <c>resource.group</c> outside the core group.</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>The first encrypts writes; all are tried on reads.</summary>
    public required IReadOnlyList<EncryptionProvider> Providers { get; init; }
}

/// <summary>One provider: exactly one field is set, which the factories ensure.</summary>
public sealed record EncryptionProvider
{
    private EncryptionProvider()
    {
    }

    [PulumiName("kms")]
    public KmsConfiguration? KmsConfiguration { get; private init; }

    [PulumiName("identity")]
    public IdentityConfiguration? IdentityConfiguration { get; private init; }

    /// <summary>No encryption: reads data stored in plain text.</summary>
    public static EncryptionProvider Identity { get; } = new() { IdentityConfiguration = new IdentityConfiguration() };

    /// <exception cref="ArgumentException">The plugin is not reached over a unix socket, or is not KMS v2.</exception>
    public static EncryptionProvider Kms(KmsConfiguration kms)
    {
        ArgumentNullException.ThrowIfNull(kms);
        if (!kms.Endpoint.StartsWith("unix:///", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"KMS endpoint '{kms.Endpoint}' is not a unix socket: the API server reaches KMS plugins only through one, e.g. unix:///var/run/kmsplugin/socket.sock",
                nameof(kms));
        }

        if (kms.ApiVersion != "v2")
        {
            throw new ArgumentException($"KMS apiVersion '{kms.ApiVersion}' is not supported here: use v2 (v1 is deprecated and calls KMS on every write)", nameof(kms));
        }

        return new EncryptionProvider { KmsConfiguration = kms };
    }
}

/// <summary>The identity provider has no settings (written <c>identity: {}</c>).</summary>
public sealed record IdentityConfiguration;

/// <summary>A KMS plugin: the API server asks it, over a local socket, to wrap its data keys.</summary>
public sealed record KmsConfiguration
{
    /// <summary>
    /// v2 (GA since 1.29): one data key per API server start or key rotation, not one KMS call per
    /// write as with the deprecated v1, so a busy cluster stays within AWS KMS request quotas.
    /// </summary>
    public string ApiVersion { get; init; } = "v2";

    /// <summary>
    /// Stored in every encrypted object's prefix: changing it later makes existing data unreadable
    /// unless the old name stays configured as a second provider.
    /// </summary>
    public string Name { get; init; } = "aws-encryption-provider";

    /// <summary>The AWS encryption provider's default listening socket, mounted into the kube-apiserver pod.</summary>
    public string Endpoint { get; init; } = "unix:///var/run/kmsplugin/socket.sock";

    /// <summary>
    /// The API server's default: a call wraps one data key, so 3s is ample, and a longer timeout would
    /// only hold requests while AWS KMS is unreachable.
    /// </summary>
    public string Timeout { get; init; } = "3s";
}
