using System.Runtime.CompilerServices;

namespace Infra.Tests.Network;

/// <summary>
/// Compares text with a file under tests/golden/. With <c>UPDATE_GOLDEN=1</c> in the environment it
/// rewrites the file instead (then review the diff and commit it).
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing: run the tests with UPDATE_GOLDEN=1 to write it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
