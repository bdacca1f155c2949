namespace Infra.Stacks.Config;

/// <summary>
/// Config keys outside <c>infra:</c>: Pulumi's own <c>pulumi:</c> settings pass; the keys the providers declare are
/// known (so a typo is told from them) but refused, because stack config of a provider's namespace configures only
/// its default instance, and every program here declares its providers explicitly (pinned; <c>aws:region</c> is ours
/// and reaches the explicit AWS provider through the program), so such a key would be stored and read by nothing.
/// Any other key is a typo (<c>aws:regoin</c>, <c>infr:natMode</c>).
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

    /// <summary>Credentials: their values are never echoed, whatever else is wrong with them.</summary>
    public static IReadOnlyList<string> SecretKeys { get; } = ["aws:accessKey", "aws:secretKey", "aws:token", "kubernetes:kubeconfig"];

    /// <summary>Every listed key as written (<c>aws:region</c>), for did-you-mean.</summary>
    public static IReadOnlyList<string> FullNames { get; } = [.. ByNamespace.SelectMany(entry => entry.Value.Select(key => $"{entry.Key}:{key}"))];

    /// <summary>Namespaces a stack may use besides <c>infra</c>.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = [.. ByNamespace.Keys, PulumiNamespace];

    /// <summary>
    /// What to do instead of setting <paramref name="fullName"/>, a key of an explicit provider's namespace: where the
    /// provider really takes that setting from.
    /// </summary>
    public static string Unread(string fullName) =>
        $"configures the default {fullName[..fullName.IndexOf(':', StringComparison.Ordinal)]} provider, which these programs never use "
        + "(they declare their providers explicitly), so nothing reads it: remove it"
        + (fullName.StartsWith("aws:", StringComparison.Ordinal)
            ? "; the AWS provider takes credentials from its environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, instance or SSO roles) and a deploy role from infra:assumeRoleArn"
            : fullName.StartsWith("kubernetes:", StringComparison.Ordinal)
                ? "; the Kubernetes provider takes its kubeconfig from the cluster stack or infra:kubeconfig"
                : "");

    /// <summary>Whether <paramref name="fullName"/> is a Pulumi setting (passes) rather than a provider's key.</summary>
    public static bool IsPulumiSetting(string fullName) => fullName.StartsWith(PulumiNamespace + ":", StringComparison.Ordinal);

    public static bool IsKnown(string fullName)
    {
        var colon = fullName.IndexOf(':', StringComparison.Ordinal);
        var (space, key) = (fullName[..colon], fullName[(colon + 1)..]);
        return space == PulumiNamespace || (ByNamespace.TryGetValue(space, out var keys) && keys.Contains(key, StringComparer.Ordinal));
    }
}
