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

    /// <summary>The table's component column: the name and what it is (<c>coredns chart</c>).</summary>
    public string Component => Kind switch
    {
        PinKind.Chart => $"{Name} chart",
        PinKind.Image => $"{Name} image",
        PinKind.ProviderPlugin => $"{Name} provider plugin",
        PinKind.AptPackage => $"{Name} apt package",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown pin kind"),
    };
}
