using Infra.Tests.Cli;
using Infra.Tests.Conformance;

namespace Infra.Tests.Stacks;

/// <summary>
/// Every stack's synthesized program and the plugin discovery program, checked against the provider
/// SDKs in one compiler run (a run takes seconds, so the test class shares it).
/// </summary>
public sealed class StackConformanceFixture
{
    public const string PluginDiscovery = "plugin-discovery";

    /// <summary>prod-platform with its own secret kubeconfig instead of the cluster stack's.</summary>
    public const string OwnKubeconfig = "prod-platform-own-kubeconfig";

    public StackConformanceFixture()
    {
        var programs = StackFiles.Names.ToDictionary(stack => stack, stack => InfraCli.Run("synth", "--stack", stack).Out, StringComparer.Ordinal);
        programs[PluginDiscovery] = InfraCli.Run("compile").Out;
        using (var project = new TempProject())
        {
            project.WithConfigLine("prod-platform", "infra:kubeconfig", "infra:kubeconfig: {secure: v1:abcdefghijklmnopqrstuvwxyz0123456789}");
            programs[OwnKubeconfig] = project.Run("synth", "--stack", "prod-platform").Out;
        }

        Results = ConformanceChecker.Check(programs);
    }

    public IReadOnlyDictionary<string, ConformanceResult> Results { get; }

    public static TheoryData<string> Programs => [.. StackFiles.Names, PluginDiscovery, OwnKubeconfig];
}
