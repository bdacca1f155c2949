using Infra.Model;

namespace Infra.Aws.Ssm;

/// <summary>Args of the <c>aws:ssm/getParameter:getParameter</c> function.</summary>
public sealed record GetParameterArgs
{
    public required Expr<string> Name { get; init; }
}

/// <summary>Reads an SSM parameter when Pulumi runs (preview included), e.g. a public AMI id parameter.</summary>
public static class GetParameter
{
    public const string Token = "aws:ssm/getParameter:getParameter";

    /// <summary>The parameter's value.</summary>
    public static Expr<string> Value(Expr<string> name, Resource provider) =>
        Fn.Invoke<string>(Token, new GetParameterArgs { Name = name }, "value", provider);
}
