namespace Infra.Tests.Conformance;

/// <summary>
/// Checks emitted Pulumi YAML programs against the published provider SDKs (the npm packages
/// pinned in tests/provider-sdks/package.json): each program is translated to TypeScript constructor
/// calls and type-checked in strict mode, all programs in one compiler run. A problem names the
/// resource (or output) it sits in.
/// </summary>
public static class ConformanceChecker
{
    /// <summary>Compiler codes for a member that does not exist; on the class expression they mean the token names no class.</summary>
    private static readonly HashSet<string> MissingMember = new(StringComparer.Ordinal) { "TS2339", "TS2551", "TS2694" };

    /// <summary>Checks programs (name to Pulumi YAML text); the result has one entry per program, by name.</summary>
    /// <exception cref="InvalidOperationException">The SDKs are not installed (the message says how to install them) or the compiler failed to run.</exception>
    public static IReadOnlyDictionary<string, ConformanceResult> Check(IReadOnlyDictionary<string, string> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);
        var translated = programs.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => TypeScriptTranslator.Translate(p.Key, p.Value))
            .ToList();
        var diagnostics = TypeScriptChecker.Check(translated);
        return translated.ToDictionary(
            program => program.Name,
            program => new ConformanceResult(
                program.Name,
                [.. program.Problems, .. TokenMismatches(program), .. diagnostics[program.Name].Select(d => Attribute(program, d))],
                program.Text),
            StringComparer.Ordinal);
    }

    /// <summary>Resources whose token names an existing class but is not the token that class declares.</summary>
    private static IEnumerable<ConformanceProblem> TokenMismatches(TypeScriptProgram program)
    {
        foreach (var statement in program.Statements)
        {
            if (statement is { Token: { } token, ClassName: { } className } && SdkTypeTokens.Mismatch(token, className) is { } declared)
            {
                yield return statement.Problem(ConformanceProblemKind.UnknownTypeToken, $"unknown type token: the SDK class {className} declares {declared}");
            }
        }
    }

    private static ConformanceProblem Attribute(TypeScriptProgram program, TscDiagnostic diagnostic)
    {
        var message = $"{diagnostic.Code} {diagnostic.Message}";
        if (program.StatementAt(diagnostic.Line) is not { } statement)
        {
            return new ConformanceProblem("program", "", null, ConformanceProblemKind.TypeError, $"line {diagnostic.Line}: {message}");
        }

        var onClass = statement.ClassColumns is { } columns && diagnostic.Line == statement.FirstLine
            && columns.Start.Value <= diagnostic.Column && diagnostic.Column < columns.End.Value
            && MissingMember.Contains(diagnostic.Code);
        return onClass
            ? statement.Problem(ConformanceProblemKind.UnknownTypeToken, $"unknown type token: {message}")
            : statement.Problem(ConformanceProblemKind.TypeError, message);
    }
}
