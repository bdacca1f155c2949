namespace Infra.Tests.Conformance;

public class TypeScriptTranslatorTests
{
    private static TypeScriptProgram Translate(string resources, string extra = "") =>
        TypeScriptTranslator.Translate("test", $"name: test\nruntime: yaml\n{extra}resources:\n{resources}");

    /// <summary>The expression written for <paramref name="value"/> as the only property of a resource.</summary>
    private static string Property(string value, string extra = "")
    {
        var text = Translate($"  bucket:\n    type: aws:s3/bucket:Bucket\n    properties:\n      bucket: {value}\n", extra).Text;
        var start = text.IndexOf("\n  bucket: ", StringComparison.Ordinal) + "\n  bucket: ".Length;
        return text[start..text.IndexOf(",\n})", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("${vpc.id}", "r_vpc.id")]
    [InlineData("${cluster.outputs[\"kubeconfig\"]}", "r_cluster.outputs.kubeconfig")]
    [InlineData("${dep.spec.template.metadata.labels[\"app.kubernetes.io/name\"]}", "r_dep.spec.template.metadata.labels[\"app.kubernetes.io/name\"]")]
    [InlineData("${subnets.ids[0]}", "r_subnets.ids[0]")]
    public void A_whole_reference_becomes_a_typed_property_access(string yaml, string typeScript)
    {
        var resources = "  vpc:\n    type: aws:ec2/vpc:Vpc\n  cluster:\n    type: pulumi:pulumi:StackReference\n"
            + "  dep:\n    type: kubernetes:apps/v1:Deployment\n  subnets:\n    type: aws:ec2/subnet:Subnet\n"
            + $"  bucket:\n    type: aws:s3/bucket:Bucket\n    properties:\n      bucket: '{yaml}'\n";

        Assert.Contains($"  bucket: {typeScript},\n", Translate(resources).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'${pulumi.stack}-logs'", "pulumi.interpolate`${pulumi.getStack()}-logs`")]
    [InlineData("'${pulumi.organization}/${pulumi.project}'", "pulumi.interpolate`${pulumi.getOrganization()}/${pulumi.getProject()}`")]
    [InlineData("'cost $$5 and $${HOME}'", "\"cost $5 and ${HOME}\"")]
    [InlineData("'`${pulumi.stack}` $${x}'", "pulumi.interpolate`\\`${pulumi.getStack()}\\` \\${x}`")]
    public void Embedded_references_become_interpolations_and_escaped_dollars_literals(string yaml, string typeScript)
    {
        Assert.Equal(typeScript, Property(yaml));
    }

    [Theory]
    [InlineData("plain:\n    type: string\n", "config.require(\"plain\")")]
    [InlineData("token:\n    type: string\n    secret: true\n", "config.requireSecret(\"token\")")]
    [InlineData("count:\n    type: integer\n", "config.requireNumber(\"count\")")]
    [InlineData("count:\n    type: integer\n    default: 3\n", "config.getNumber(\"count\")!")]
    public void A_config_reference_reads_the_key_with_its_declared_type(string declaration, string typeScript)
    {
        var key = declaration[..declaration.IndexOf(':', StringComparison.Ordinal)];

        Assert.Equal(typeScript, Property($"${{{key}}}", $"config:\n  {declaration}"));
    }

    [Theory]
    [InlineData("{fn::secret: x}", "pulumi.secret(\"x\")")]
    [InlineData("{fn::toJSON: {a: 1}}", "pulumi.jsonStringify({\n    a: 1,\n  })")]
    [InlineData("{fn::toBase64: x}", "pulumi.output(\"x\").apply(v => Buffer.from(v).toString(\"base64\"))")]
    [InlineData("{fn::join: [',', [a, b]]}", "pulumi.output([\n    \"a\",\n    \"b\",\n  ]).apply(v => v.join(\",\"))")]
    public void Built_in_functions_become_their_sdk_equivalents(string yaml, string typeScript)
    {
        Assert.Equal(typeScript, Property(yaml));
    }

    [Fact]
    public void An_invoke_calls_the_output_form_of_the_function_with_its_options_and_returns_the_field()
    {
        var invoke = "{fn::invoke: {function: 'aws:ssm/getParameter:getParameter', arguments: {name: n}, options: {provider: '${aws}'}, return: value}}";
        var text = Translate($"  aws:\n    type: pulumi:providers:aws\n  bucket:\n    type: aws:s3/bucket:Bucket\n    properties:\n      bucket: {invoke}\n").Text;

        Assert.Contains("bucket: aws.ssm.getParameterOutput({\n    name: \"n\",\n  }, {\n    provider: r_aws,\n  }).value,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_form_of_an_invoke_returns_the_whole_result()
    {
        Assert.Equal("aws.getAvailabilityZonesOutput({\n    state: \"available\",\n  })", Property("{'fn::aws:index:getAvailabilityZones': {state: available}}"));
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData("007", "7")]
    [InlineData("true", "true")]
    [InlineData("'3'", "\"3\"")]
    [InlineData("null", "undefined")]
    public void Plain_scalars_keep_their_yaml_type_and_quoted_ones_are_strings(string yaml, string typeScript)
    {
        Assert.Equal(typeScript, Property(yaml));
    }

    [Fact]
    public void Resources_are_declared_after_the_resources_they_refer_to()
    {
        var text = Translate(
            "  a-subnet:\n    type: aws:ec2/subnet:Subnet\n    properties:\n      vpcId: ${vpc.id}\n"
            + "  vpc:\n    type: aws:ec2/vpc:Vpc\n    options:\n      provider: ${z-aws}\n"
            + "  z-aws:\n    type: pulumi:providers:aws\n").Text;

        var order = new[] { "const r_z_aws", "const r_vpc", "const r_a_subnet" }.Select(d => text.IndexOf(d, StringComparison.Ordinal)).ToList();

        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(-1, order);
    }

    [Fact]
    public void Names_that_read_alike_in_typescript_get_distinct_variables()
    {
        var text = Translate("  a-b:\n    type: aws:ec2/vpc:Vpc\n  a_b:\n    type: aws:ec2/vpc:Vpc\n").Text;

        Assert.Contains("const r_a_b = new aws.ec2.Vpc(\"a-b\"", text, StringComparison.Ordinal);
        Assert.Contains("const r_a_b_2 = new aws.ec2.Vpc(\"a_b\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_of_a_resource_maps_back_to_it()
    {
        var program = Translate("  vpc:\n    type: aws:ec2/vpc:Vpc\n    properties:\n      cidrBlock: 10.0.0.0/16\n      tags:\n        a: b\n");
        var lines = program.Text.Split('\n');
        var propertyLine = Array.FindIndex(lines, line => line.Contains("a: \"b\"", StringComparison.Ordinal)) + 1;

        Assert.Equal(("resource", "vpc"), (program.StatementAt(propertyLine)?.Section, program.StatementAt(propertyLine)?.Name));
    }

    [Fact]
    public void A_token_of_a_package_without_sdk_is_an_unknown_type_token_of_its_resource()
    {
        var problem = Assert.Single(Translate("  id:\n    type: random:index/randomId:RandomId\n").Problems);

        Assert.Equal((ConformanceProblemKind.UnknownTypeToken, "resource id (random:index/randomId:RandomId)"), (problem.Kind, problem.Subject));
    }

    [Fact]
    public void Text_that_is_not_a_yaml_mapping_is_a_problem_of_the_program_not_a_crash()
    {
        var problem = Assert.Single(TypeScriptTranslator.Translate("broken", "resources: [unclosed").Problems);

        Assert.Equal(("program", ConformanceProblemKind.Untranslatable), (problem.Subject, problem.Kind));
    }

    [Fact]
    public void A_reference_to_an_undeclared_name_is_reported_against_the_resource_using_it()
    {
        var problem = Assert.Single(Translate("  vpc:\n    type: aws:ec2/vpc:Vpc\n    properties:\n      cidrBlock: ${missing}\n").Problems);

        Assert.Equal((ConformanceProblemKind.Untranslatable, "vpc"), (problem.Kind, problem.Name));
        Assert.Contains("missing", problem.Message, StringComparison.Ordinal);
    }
}
