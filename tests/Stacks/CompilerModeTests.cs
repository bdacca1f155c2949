using Infra.Tests.Support;
using Infra.Tests.Cli;

namespace Infra.Tests.Stacks;

public class CompilerModeTests
{
    private const string SecretMarker = "SECRET-MARKER-123";

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Compile_under_Pulumi_prints_exactly_what_synth_prints(string stack)
    {
        var config = PulumiConfigJson.FromStackFile(File.ReadAllText(StackFiles.PathOf(stack)));

        var compiled = InfraCli.RunIn(RepositoryRoot.Path, InfraCli.PulumiEnvironment(stack, config), "compile");
        var synthesized = InfraCli.Run("synth", "--stack", stack);

        Assert.True(compiled.ExitCode == 0, compiled.ToString());
        Assert.Equal(synthesized.Out, compiled.Out);
    }

    [Fact]
    public void A_secret_kubeconfig_gives_the_same_program_encrypted_or_decrypted_and_is_never_printed()
    {
        using var project = new TempProject();
        project.WithConfigLine("prod-platform", "infra:kubeconfig", "infra:kubeconfig: {secure: v1:abcdefghijklmnopqrstuvwxyz0123456789}");
        var decrypted = new Dictionary<string, string> { ["infra:kubeconfig"] = $"apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    token: {SecretMarker}\n" };
        var environment = InfraCli.PulumiEnvironment("prod-platform", PulumiConfigJson.FromStackFile(File.ReadAllText(project.StackFile("prod-platform")), decrypted));
        environment["PULUMI_CONFIG_SECRET_KEYS"] = """["infra:kubeconfig"]""";

        var compiled = project.Run(environment, "compile");
        var synthesized = project.Run("synth", "--stack", "prod-platform");

        Assert.True(compiled.ExitCode == 0, compiled.ToString());
        Assert.Equal(synthesized.Out, compiled.Out);
        Assert.DoesNotContain(SecretMarker, compiled.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretMarker, synthesized.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_kubeconfig_is_declared_secret_and_feeds_the_provider()
    {
        using var project = new TempProject();
        project.WithConfigLine("prod-platform", "infra:kubeconfig", "infra:kubeconfig: {secure: v1:abcdefghijklmnopqrstuvwxyz0123456789}");

        var program = project.Run("synth", "--stack", "prod-platform").Out;

        Assert.Matches(@"(?m)^config:\n  (infra:)?kubeconfig:\n    type: string\n    secret: true\n", program);
        Assert.Matches(@"(?m)^      kubeconfig: \$\{(infra:)?kubeconfig\}$", program);
    }
}
