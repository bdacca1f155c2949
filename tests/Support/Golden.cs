using System.Runtime.CompilerServices;

namespace Infra.Tests.Support;

/// <summary>
/// Compares text with a golden file under tests/golden/. Set UPDATE_GOLDEN=1 to rewrite the
/// golden files from the current output (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string actual, string goldenName, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(TestsFolder(callerPath), "golden", goldenName);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>The tests/ folder of the source tree, found from the calling test's source path.</summary>
    public static string TestsFolder(string callerPath)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerPath)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Infra.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"no Infra.Tests.csproj above {callerPath}");
    }
}
