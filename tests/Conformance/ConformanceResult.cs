namespace Infra.Tests.Conformance;

/// <summary>The verdict on one program: it conforms when there are no problems.</summary>
/// <param name="Program">The program's name as given to the checker.</param>
/// <param name="Problems">Every disagreement found, in program order.</param>
/// <param name="TypeScript">The translation the compiler checked, to read when a problem is unclear.</param>
public sealed record ConformanceResult(string Program, IReadOnlyList<ConformanceProblem> Problems, string TypeScript)
{
    public bool Conforms => Problems.Count == 0;

    /// <summary>One line per problem, for assertion messages.</summary>
    public string Report() => Conforms
        ? $"{Program}: conforms"
        : $"{Program}: {Problems.Count} problem(s)\n  " + string.Join("\n  ", Problems);
}
