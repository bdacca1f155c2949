using Infra.Model;
using Infra.Software;
using Infra.Tests.Cli;
using Infra.Tests.Stacks;

namespace Infra.Tests.Software;

public class PlatformPinsTests
{
    private const string HelmRelease = "kubernetes:helm.sh/v3:Release";

    [Theory]
    [MemberData(nameof(StackFiles.All), MemberType = typeof(StackFiles))]
    public void Every_chart_release_a_stack_emits_is_a_pinned_chart_at_its_version(string stack)
    {
        var releases = ProgramYaml.Resources(InfraCli.Run("synth", "--stack", stack).Out).Values
            .Where(resource => ProgramYaml.TypeOf(resource) == HelmRelease)
            .Select(resource => (Chart: ProgramYaml.Text(resource, "properties.chart"), Version: ProgramYaml.Text(resource, "properties.version")));
        var pinned = PlatformPins.All.Where(pin => pin.Kind == PinKind.Chart).Select(pin => (Chart: (string?)pin.Name, Version: (string?)pin.Version)).ToHashSet();

        Assert.All(releases, release => Assert.True(pinned.Contains(release), $"{stack} installs chart {release.Chart} {release.Version}, which has no pin in PlatformPins.All"));
    }

    [Fact]
    public void The_prod_platform_stack_installs_charts()
    {
        var types = ProgramYaml.Resources(InfraCli.Run("synth", "--stack", "prod-platform").Out).Values.Select(ProgramYaml.TypeOf);

        Assert.Contains(HelmRelease, types);
    }

    [Fact]
    public void Every_provider_plugin_is_pinned()
    {
        Assert.Equal(ProviderVersions.All.Keys, PlatformPins.All.Where(pin => pin.Kind == PinKind.ProviderPlugin).Select(pin => pin.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_component_has_one_row()
    {
        var components = PlatformPins.All.Select(pin => pin.Component).Concat(UpstreamPins.All.Select(pin => pin.Name)).ToList();

        Assert.Equal(components.Count, components.Distinct(StringComparer.Ordinal).Count());
    }
}
