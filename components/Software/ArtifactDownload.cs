namespace Infra.Software;

/// <summary>One file to download for one architecture, and the SHA-256 its bytes must have (lower-case hex, as <c>sha256sum</c> prints it).</summary>
public sealed record ArtifactDownload(string Url, string Sha256);
