namespace Infra.Tests.Conformance;

public class ConformanceCheckerTests(ConformanceFixturePrograms fixtures) : IClassFixture<ConformanceFixturePrograms>
{
    [Theory]
    [InlineData("good/vpc-subnet")]
    [InlineData("good/functions")]
    [InlineData("good/deployment")]
    [InlineData("good/helm-release")]
    [InlineData("good/config-group")]
    [InlineData("good/stack-reference")]
    [InlineData("good/existing-resource")]
    [InlineData("emitted/vpc")]
    [InlineData("emitted/hardware-add-ons")]
    [InlineData("emitted/tenant-workloads")]
    [InlineData("emitted/network-policies")]
    public void Programs_written_as_the_providers_declare_them_conform(string fixture)
    {
        var result = fixtures.Results[fixture];

        Assert.True(result.Conforms, result.Report());
    }

    [Theory]
    [InlineData("bad/misspelled-property", "vpc", "TS2561", "cidrBlok")]
    [InlineData("bad/wrong-type", "ssh-key", "TS2322", "number")]
    [InlineData("bad/unknown-output", "subnet", "TS2339", "idd")]
    public void A_type_error_names_the_resource_it_sits_in(string fixture, string resource, string code, string detail)
    {
        var problem = Assert.Single(fixtures.Results[fixture].Problems);

        Assert.Equal(("resource", resource, ConformanceProblemKind.TypeError), (problem.Section, problem.Name, problem.Kind));
        Assert.StartsWith(code, problem.Message, StringComparison.Ordinal);
        Assert.Contains(detail, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_naming_no_class_is_reported_as_an_unknown_type_token_of_its_resource()
    {
        var problem = Assert.Single(fixtures.Results["bad/unknown-token"].Problems);

        Assert.Equal(ConformanceProblemKind.UnknownTypeToken, problem.Kind);
        Assert.Equal("resource vpc (aws:ec2/vpcc:Vpcc)", problem.Subject);
        Assert.Contains("Vpcc", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_other_than_the_one_its_class_declares_is_an_unknown_type_token()
    {
        var problem = Assert.Single(fixtures.Results["bad/mismatched-token"].Problems);

        Assert.Equal((ConformanceProblemKind.UnknownTypeToken, "resource vpc (aws:ec2/subnet:Vpc)"), (problem.Kind, problem.Subject));
        Assert.Contains("aws:ec2/vpc:Vpc", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_program_is_judged_on_its_own_in_the_shared_compiler_run()
    {
        var failing = fixtures.Results.Where(result => !result.Value.Conforms).Select(result => result.Key).Order(StringComparer.Ordinal);

        Assert.Equal(["bad/mismatched-token", "bad/misspelled-property", "bad/unknown-output", "bad/unknown-token", "bad/wrong-type"], failing);
    }
}
