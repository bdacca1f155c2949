using Infra.Emit.PulumiYaml;

namespace Infra.Tests.Emit;

public class PulumiYamlDialectTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("cost $5", "cost $5")]
    [InlineData("echo ${HOME}", "echo $${HOME}")]
    [InlineData("$$", "$$$")]
    [InlineData("$${x}", "$$$${x}")]
    [InlineData("a$", "a$")]
    public void Literal_dollars_are_escaped_so_pulumi_reads_them_back(string literal, string escaped)
    {
        Assert.Equal(escaped, PulumiYamlDialect.Instance.EscapeLiteral(literal));
        Assert.Equal(literal, PulumiInterpolation.Unescape(escaped));
    }
}

/// <summary>Pulumi YAML's reading of a string without expressions: "$$" is "$" (pulumi-yaml ast/interpolation.go).</summary>
internal static class PulumiInterpolation
{
    public static string Unescape(string value)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '$')
            {
                builder.Append('$');
                i++;
            }
            else if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                throw new InvalidOperationException($"'{value}' contains an expression");
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
