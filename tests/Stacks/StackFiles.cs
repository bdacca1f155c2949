using Infra.Tests.Support;

namespace Infra.Tests.Stacks;

/// <summary>The stacks whose files sit at the repository root (Pulumi.&lt;stack&gt;.yaml).</summary>
internal static class StackFiles
{
    public static IReadOnlyList<string> Names { get; } = Directory
        .GetFiles(RepositoryRoot.Path, "Pulumi.*.yaml")
        .Select(path => Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> All => [.. Names];

    public static string PathOf(string stack) => Path.Combine(RepositoryRoot.Path, $"Pulumi.{stack}.yaml");
}
