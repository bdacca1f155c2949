namespace Infra.NodePools;

/// <summary>The CPU architectures a pinned image is recorded for, spelled as Ubuntu's image names spell them.</summary>
public static class Architecture
{
    public const string Amd64 = "amd64";

    public const string Arm64 = "arm64";

    public static IReadOnlyList<string> All { get; } = [Amd64, Arm64];
}
