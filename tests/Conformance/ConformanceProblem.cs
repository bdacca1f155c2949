namespace Infra.Tests.Conformance;

/// <summary>
/// One disagreement, named after the program element it sits in: <c>resource vpc (aws:ec2/vpc:Vpc)</c>,
/// <c>output kubeconfig</c> or <c>program</c>.
/// </summary>
/// <param name="Section"><c>resource</c>, <c>output</c> or <c>program</c>.</param>
/// <param name="Name">The resource's logical name or the output's name; empty for the program.</param>
/// <param name="Token">The resource's type token; null for outputs and the program.</param>
/// <param name="Kind">Whether the token, a type or the translation is at fault.</param>
/// <param name="Message">The compiler's code and message, or what could not be translated.</param>
public sealed record ConformanceProblem(string Section, string Name, string? Token, ConformanceProblemKind Kind, string Message)
{
    public string Subject => Section switch
    {
        "program" => "program",
        _ when Token is null => $"{Section} {Name}",
        _ => $"{Section} {Name} ({Token})",
    };

    public override string ToString() => $"{Subject}: {Message}";
}
