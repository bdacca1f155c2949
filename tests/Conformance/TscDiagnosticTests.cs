namespace Infra.Tests.Conformance;

public class TscDiagnosticTests
{
    private const string Output = """
        p001.ts(15,41): error TS2345: Argument of type '{}' is not assignable to parameter of type 'RouteTableArgs'.
          Property 'vpcId' is missing in type '{}' but required in type 'RouteTableArgs'.
        p002.ts(8,3): error TS2561: Object literal may only specify known properties, but 'cidrBlok' does not exist in type 'VpcArgs'.
        error TS5083: Cannot read file 'tsconfig.json'.

        """;

    [Fact]
    public void A_located_error_gives_file_line_column_and_code()
    {
        var diagnostic = TscDiagnostic.ParseAll(Output)[1];

        Assert.Equal(("p002.ts", 8, 3, "TS2561"), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Code));
    }

    [Fact]
    public void Indented_elaboration_lines_belong_to_the_error_above_them()
    {
        var diagnostic = TscDiagnostic.ParseAll(Output)[0];

        Assert.EndsWith("'RouteTableArgs'. Property 'vpcId' is missing in type '{}' but required in type 'RouteTableArgs'.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_of_the_compiler_itself_has_no_file()
    {
        var diagnostic = TscDiagnostic.ParseAll(Output)[2];

        Assert.Equal((null, "TS5083"), (diagnostic.File, diagnostic.Code));
    }
}
