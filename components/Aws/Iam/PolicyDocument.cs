using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>
/// An IAM policy document, typed so a misspelt element fails to compile. Property names are the
/// JSON elements AWS expects (PascalCase). Pass it to a resource through <see cref="ToJson"/>, which
/// keeps the ARNs inside it references (<c>fn::toJSON</c>) rather than strings resolved now.
/// </summary>
public sealed record PolicyDocument
{
    /// <summary>The current policy language version; the older "2008-10-17" lacks policy variables.</summary>
    [PulumiName("Version")]
    public string Version { get; init; } = "2012-10-17";

    [PulumiName("Statement")]
    public required IReadOnlyList<PolicyStatement> Statement { get; init; }

    /// <summary>The document as the JSON string IAM resources take, serialized at deploy time.</summary>
    public Expr<string> ToJson() => Fn.ToJson(this);
}
