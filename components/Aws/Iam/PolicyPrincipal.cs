using Infra.Model;

namespace Infra.Aws.Iam;

/// <summary>The <c>Principal</c> element of a trust or resource policy.</summary>
public sealed record PolicyPrincipal
{
    /// <summary>AWS service principals, e.g. <c>ec2.amazonaws.com</c>.</summary>
    [PulumiName("Service")]
    public IReadOnlyList<string>? Service { get; init; }

    /// <summary>Account ids or role/user ARNs.</summary>
    [PulumiName("AWS")]
    public IReadOnlyList<Expr<string>>? Aws { get; init; }
}
