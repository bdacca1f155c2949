namespace Infra.Tests.Support;

/// <summary>
/// Compares text with a golden file under tests/golden/. Set UPDATE_GOLDEN=1 to rewrite the
/// golden files from the current output (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string actual, string goldenName)
    {
        var path = System.IO.Path.Combine(RepositoryRoot.Path, "tests", "golden", goldenName);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing: run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
