namespace Infra.Tests.Stacks;

public class StackConformanceTests(StackConformanceFixture fixture) : IClassFixture<StackConformanceFixture>
{
    [Theory]
    [MemberData(nameof(StackConformanceFixture.Programs), MemberType = typeof(StackConformanceFixture))]
    public void Every_synthesized_program_conforms_to_the_provider_sdks(string program)
    {
        var result = fixture.Results[program];

        Assert.True(result.Conforms, result.Report());
    }
}
