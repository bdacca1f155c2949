namespace Infra.Software;

/// <summary>
/// One piece of node software at one exact version: where each architecture's release file is, the SHA-256 it must
/// have, where it is installed, and where the pin was read (so the next change knows where to look).
/// </summary>
public sealed record PinnedArtifact
{
    /// <summary>A short name, unique in a pin list: the installer's marker files and messages use it.</summary>
    public required string Name { get; init; }

    /// <summary>The release version without a leading <c>v</c> (<c>1.36.4</c>).</summary>
    public required string Version { get; init; }

    public required ArtifactPackaging Packaging { get; init; }

    /// <summary>The installed file for a <see cref="ArtifactPackaging.Binary"/>, the directory for an <see cref="ArtifactPackaging.Archive"/>.</summary>
    public required string Target { get; init; }

    /// <summary>One download per architecture in <see cref="CpuArchitecture.All"/>.</summary>
    public required IReadOnlyDictionary<CpuArchitecture, ArtifactDownload> Downloads { get; init; }

    /// <summary>Where the version and checksums come from, and why this version.</summary>
    public required string Source { get; init; }

    /// <summary>The download for <paramref name="architecture"/>.</summary>
    public ArtifactDownload For(CpuArchitecture architecture) =>
        Downloads.TryGetValue(architecture, out var download)
            ? download
            : throw new ArgumentException($"{Name} {Version} has no {architecture} download: add one to UpstreamPins", nameof(architecture));
}
