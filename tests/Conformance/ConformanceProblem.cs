namespace Infra.Tests.Conformance;

/// <summary>What kind of disagreement with the provider SDKs a problem is.</summary>
public enum ConformanceProblemKind
{
    /// <summary>No class of the installed SDKs answers to the resource's type token.</summary>
    UnknownTypeToken,

    /// <summary>The TypeScript compiler rejects the translated constructor call (unknown property, wrong type, missing required input, unknown output).</summary>
    TypeError,

    /// <summary>The program uses Pulumi YAML the translator cannot express, so it was not checked.</summary>
    Untranslatable,
}

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
