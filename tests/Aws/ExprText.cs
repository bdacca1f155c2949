using Infra.Model;

namespace Infra.Tests.Aws;

/// <summary>A readable text of a string expression for assertions: literals as they are, deploy-time parts as &lt;source&gt;.</summary>
internal static class ExprText
{
    public static string Of(Expr<string> value) => Of(value.Node);

    private static string Of(object node) => node switch
    {
        string literal => literal,
        Interpolation interpolation => string.Concat(interpolation.Parts.Select(Of)),
        IDeployTimeValue deployTime => $"<{deployTime.Source}>",
        _ => node.ToString() ?? string.Empty,
    };
}
