namespace Infra.Stacks.Config;

/// <summary>
/// Config keys outside <c>infra:</c> that a stack may set: the keys of the providers the programs use, as their
/// packages declare them, and Pulumi's own <c>pulumi:</c> settings. Any other key is a typo (<c>aws:regoin</c>,
/// <c>infr:natMode</c>) that Pulumi would store and nothing would read.
/// </summary>
internal static class ProviderConfigKeys
{
    /// <summary>Pulumi's own settings (<c>pulumi:tags</c>, <c>pulumi:disable-default-providers</c>, ...): the CLI checks them.</summary>
    public const string PulumiNamespace = "pulumi";

    /// <summary>Keys per provider namespace: aws from @pulumi/aws 7.48.0 <c>config/vars.d.ts</c>, kubernetes from
    /// @pulumi/kubernetes 4.34.2 <c>ProviderArgs</c>, tls from @pulumi/tls 5.6.1 <c>config/vars.d.ts</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByNamespace { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["aws"] =
        [
            "accessKey", "allowedAccountIds", "assumeRoleWithWebIdentity", "assumeRoles", "customCaBundle", "defaultTags",
            "ec2MetadataServiceEndpoint", "ec2MetadataServiceEndpointMode", "endpoints", "forbiddenAccountIds", "httpProxy",
            "httpsProxy", "ignoreTags", "insecure", "maxRetries", "noProxy", "profile", "region", "retryMode",
            "s3UsEast1RegionalEndpoint", "s3UsePathStyle", "secretKey", "sharedConfigFiles", "sharedCredentialsFiles",
            "skipCredentialsValidation", "skipMetadataApiCheck", "skipRegionValidation", "skipRequestingAccountId", "stsRegion",
            "tagPolicyCompliance", "token", "tokenBucketRateLimiterCapacity", "useDualstackEndpoint", "useFipsEndpoint", "userAgents",
        ],
        ["kubernetes"] =
        [
            "alwaysRender", "cluster", "clusterIdentifier", "context", "deleteUnreachable", "enableConfigMapMutable",
            "enablePatchForce", "enableSecretMutable", "enableServerSideApply", "helmReleaseSettings", "kubeClientSettings",
            "kubeconfig", "namespace", "renderYamlToDirectory", "skipUpdateUnreachable", "suppressDeprecationWarnings",
            "suppressHelmHookWarnings", "upsertExistingObjects",
        ],
        ["tls"] = ["proxy"],
    };

    /// <summary>Credentials: stored only with <c>pulumi config set --secret</c>, so a stack file never holds them in plain text.</summary>
    public static IReadOnlyList<string> SecretKeys { get; } = ["aws:accessKey", "aws:secretKey", "aws:token", "kubernetes:kubeconfig"];

    /// <summary>Every listed key as written (<c>aws:region</c>), for did-you-mean.</summary>
    public static IReadOnlyList<string> FullNames { get; } = [.. ByNamespace.SelectMany(entry => entry.Value.Select(key => $"{entry.Key}:{key}"))];

    /// <summary>Namespaces a stack may use besides <c>infra</c>.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = [.. ByNamespace.Keys, PulumiNamespace];

    public static bool IsKnown(string fullName)
    {
        var colon = fullName.IndexOf(':', StringComparison.Ordinal);
        var (space, key) = (fullName[..colon], fullName[(colon + 1)..]);
        return space == PulumiNamespace || (ByNamespace.TryGetValue(space, out var keys) && keys.Contains(key, StringComparer.Ordinal));
    }
}
