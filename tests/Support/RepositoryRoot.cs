namespace Infra.Tests.Support;

/// <summary>The repository the tests run from: the folder holding Infra.sln above the test assembly.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository: no Infra.sln above the test assembly");
    }
}
