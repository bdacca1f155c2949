namespace Infra.Tests.Support;

/// <summary>The repository's root folder (the one holding Infra.sln), found by walking up from the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Infra.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"no Infra.sln above {AppContext.BaseDirectory}");
    }
}
