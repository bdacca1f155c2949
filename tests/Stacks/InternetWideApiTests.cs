using Infra.Tests.Cli;

namespace Infra.Tests.Stacks;

/// <summary>An API open to the whole internet in prod takes a reviewed waiver, not only a config value (AWS-012).</summary>
public sealed class InternetWideApiTests : IDisposable
{
    private readonly TempProject project = new();

    public InternetWideApiTests() => project.WithConfigLine("prod", "infra:apiAllowedCidrs", "infra:apiAllowedCidrs: [0.0.0.0/0]");

    private string ProgramFile => Path.Combine(project.Root, "program.yaml");

    public void Dispose() => project.Dispose();

    [Fact]
    public void Listing_the_whole_internet_in_prod_blocks_the_stack_with_AWS_012()
    {
        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("AWS-012", result.Error, StringComparison.Ordinal);
        Assert.Contains("add a reviewed waiver of AWS-012 to policies/waivers.yaml", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ProgramFile));
    }

    [Fact]
    public void A_waiver_of_AWS_012_accepts_the_whole_internet_in_prod()
    {
        File.WriteAllText(project.WaiversPath, """
            waivers:
              - id: W-0100
                rule: AWS-012
                resource: "*"
                stacks: [prod]
                reason: The API serves clients on the internet; access is by client certificate only.
                owner: platform-team
                expires: 2026-12-31

            """);

        var result = project.Run("synth", "--stack", "prod", "--out", ProgramFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(ProgramFile));
    }
}
