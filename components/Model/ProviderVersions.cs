namespace Infra.Model;

/// <summary>
/// The provider plugin versions, pinned once. The emitted program pins these on its provider
/// resources, and the conformance tests type-check against the npm packages of the same versions
/// (tests/conformance/package.json; a test fails when the two disagree).
/// </summary>
public static class ProviderVersions
{
    public const string Aws = "7.48.0";
    public const string Kubernetes = "4.34.2";
    public const string Tls = "5.6.1";

    /// <summary>Package name to pinned version, for plugin discovery.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws"] = Aws,
        ["kubernetes"] = Kubernetes,
        ["tls"] = Tls,
    };
}
