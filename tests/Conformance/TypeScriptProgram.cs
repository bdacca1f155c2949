namespace Infra.Tests.Conformance;

/// <summary>One Pulumi YAML program written as TypeScript, with the map from lines back to resources.</summary>
internal sealed record TypeScriptProgram(string Name, string Text, IReadOnlyList<TranslatedStatement> Statements, IReadOnlyList<ConformanceProblem> Problems)
{
    public TranslatedStatement? StatementAt(int line) => Statements.FirstOrDefault(s => s.FirstLine <= line && line <= s.LastLine);
}
