namespace Infra.Tests.Conformance;

/// <summary>
/// A statement of the translated program (<paramref name="Section"/> <c>resource</c> or <c>output</c>,
/// <paramref name="Name"/>, <paramref name="Token"/>) and the lines it spans, <paramref name="FirstLine"/>
/// to <paramref name="LastLine"/>, to name the element a compiler error sits in. <paramref name="ClassColumns"/>:
/// the columns (1-based, end exclusive) of <paramref name="ClassName"/> on the first line, where an
/// error means the token names no class.
/// </summary>
internal sealed record TranslatedStatement(string Section, string Name, string? Token, int FirstLine, int LastLine, string? ClassName = null, Range? ClassColumns = null)
{
    public ConformanceProblem Problem(ConformanceProblemKind kind, string message) => new(Section, Name, Token, kind, message);
}
