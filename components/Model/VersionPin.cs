namespace Infra.Model;

/// <summary>
/// One upstream release deployed at one exact version (a chart, an image, a provider plugin, an apt package) and where
/// the version was read and why this one, so the next change knows where to look. Each pin sits beside the default it
/// sets; the README's version table lists every one (<c>Infra.Software.PlatformPins</c>).
/// </summary>
public sealed record VersionPin
{
    /// <summary>The upstream name: a chart's name as a release installs it, an image's repository name, a package's name.</summary>
    public required string Name { get; init; }

    public required PinKind Kind { get; init; }

    /// <summary>The version exactly as it is deployed (a chart version, an image tag with its leading <c>v</c> if any).</summary>
    public required string Version { get; init; }

    /// <summary>Where the version was read, and why this version.</summary>
    public required string Source { get; init; }

    /// <summary>A Helm chart at <paramref name="version"/>, under the name a release installs it by.</summary>
    public static VersionPin Chart(string name, string version, string source) => Of(name, PinKind.Chart, version, source);

    /// <summary>A container image tag we set, under its repository name.</summary>
    public static VersionPin Image(string repository, string tag, string source) => Of(repository, PinKind.Image, tag, source);

    /// <summary>A Pulumi provider plugin, under its package name.</summary>
    public static VersionPin ProviderPlugin(string package, string version, string source) => Of(package, PinKind.ProviderPlugin, version, source);

    /// <summary>A Debian package a node installs with apt.</summary>
    public static VersionPin AptPackage(string package, string version, string source) => Of(package, PinKind.AptPackage, version, source);

    /// <summary>The table's component column: the name and what it is (<c>coredns chart</c>).</summary>
    public string Component => Kind switch
    {
        PinKind.Chart => $"{Name} chart",
        PinKind.Image => $"{Name} image",
        PinKind.ProviderPlugin => $"{Name} provider plugin",
        PinKind.AptPackage => $"{Name} apt package",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown pin kind"),
    };

    private static VersionPin Of(string name, PinKind kind, string version, string source) =>
        new() { Name = name, Kind = kind, Version = version, Source = source };
}
