namespace Infra.Tests.Conformance;

/// <summary>
/// Every program under tests/fixtures/conformance checked in one compiler run, shared by the tests
/// of a class: loading the SDK declarations dominates the cost, so the suite pays it once.
/// Throws (failing every test, with the install command) when the SDKs are not installed.
/// </summary>
public sealed class ConformanceFixturePrograms
{
    public ConformanceFixturePrograms()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "fixtures", "conformance");
        var programs = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(root, file).Replace('\\', '/')[..^".yaml".Length],
                File.ReadAllText,
                StringComparer.Ordinal);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        Results = ConformanceChecker.Check(programs);
        Elapsed = timer.Elapsed;
    }

    /// <summary>By fixture path without extension, e.g. <c>good/vpc-subnet</c>.</summary>
    public IReadOnlyDictionary<string, ConformanceResult> Results { get; }

    public TimeSpan Elapsed { get; }
}
