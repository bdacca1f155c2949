using System.Runtime.CompilerServices;

namespace Infra.Tests.Platform;

/// <summary>
/// Compares output with a file under tests/golden/. With UPDATE_GOLDEN=1 it rewrites the file in the
/// source tree instead (review the diff before committing it).
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var sourcePath = Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(sourcePath, actual);
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "golden", name);
        Assert.True(File.Exists(expectedPath), $"golden file {name} is missing: run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
