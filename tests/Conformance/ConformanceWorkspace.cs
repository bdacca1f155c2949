namespace Infra.Tests.Conformance;

/// <summary>
/// tests/provider-sdks: the npm project pinning the provider SDKs and the TypeScript compiler the
/// translated programs are checked with.
/// </summary>
internal static class ConformanceWorkspace
{
    public const string InstallCommand = "npm ci --ignore-scripts --no-audit --no-fund";

    /// <summary>The tests/provider-sdks folder, found by walking up from the test binaries to the repository.</summary>
    public static string Directory { get; } = Locate();

    /// <summary>The compiler's entry point; the check fails, saying how to install it, when it is missing.</summary>
    public static string CompilerScript
    {
        get
        {
            var script = Path.Combine(Directory, "node_modules", "typescript", "bin", "tsc");
            return File.Exists(script) && System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "@pulumi", "aws"))
                ? script
                : throw new InvalidOperationException(
                    $"The provider SDKs are not installed in {Directory}: run `{InstallCommand}` there (node_modules is not committed).");
        }
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "provider-sdks");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No tests/provider-sdks/package.json above {AppContext.BaseDirectory}.");
    }
}
