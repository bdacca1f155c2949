namespace Infra.Model;

/// <summary>
/// The provider plugin versions, pinned once. The emitted program pins these on its provider
/// resources, and the conformance tests type-check against the npm packages of the same versions
/// (tests/provider-sdks/package.json; a test fails when the two disagree).
/// </summary>
public static class ProviderVersions
{
    public static VersionPin AwsPlugin { get; } = Plugin("aws", "7.48.0");

    public static VersionPin KubernetesPlugin { get; } = Plugin("kubernetes", "4.34.2");

    public static VersionPin TlsPlugin { get; } = Plugin("tls", "5.6.1");

    public static string Aws => AwsPlugin.Version;

    public static string Kubernetes => KubernetesPlugin.Version;

    public static string Tls => TlsPlugin.Version;

    /// <summary>Every provider plugin, by package name.</summary>
    public static IReadOnlyList<VersionPin> Plugins { get; } = [AwsPlugin, KubernetesPlugin, TlsPlugin];

    /// <summary>Package name to pinned version, for plugin discovery.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(
        Plugins.ToDictionary(plugin => plugin.Name, plugin => plugin.Version, StringComparer.Ordinal), StringComparer.Ordinal);

    private static VersionPin Plugin(string package, string version) => VersionPin.ProviderPlugin(
        package,
        version,
        $"the provider's release {version}, the version of @pulumi/{package} in tests/provider-sdks/package.json that the conformance tests type-check every program against");
}
