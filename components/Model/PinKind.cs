namespace Infra.Model;

/// <summary>What a <see cref="VersionPin"/> pins; the README's version table names it after the pin's name.</summary>
public enum PinKind
{
    /// <summary>A Helm chart release, the version a <c>kubernetes:helm.sh/v3:Release</c> installs.</summary>
    Chart,

    /// <summary>A container image tag we set ourselves rather than take from a chart's appVersion.</summary>
    Image,

    /// <summary>A Pulumi resource provider plugin, pinned on the provider resources of every program.</summary>
    ProviderPlugin,

    /// <summary>A Debian package a node installs with apt at boot.</summary>
    AptPackage,
}
