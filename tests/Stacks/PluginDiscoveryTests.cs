using Infra.Model;
using Infra.Tests.Cli;

namespace Infra.Tests.Stacks;

public class PluginDiscoveryTests
{
    private static readonly CliResult Discovery = InfraCli.Run("compile");

    [Fact]
    public void Compile_without_a_stack_succeeds_silently()
    {
        Assert.Equal(0, Discovery.ExitCode);
        Assert.Equal("", Discovery.Error);
    }

    [Fact]
    public void Discovery_names_every_package_any_stack_uses_pinned_to_its_version()
    {
        var used = StackFiles.Names
            .SelectMany(stack => ProgramYaml.Resources(InfraCli.Run("synth", "--stack", stack).Out).Values)
            .Select(resource => ProgramYaml.PackageOf(ProgramYaml.TypeOf(resource)))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var pinned = ProgramYaml.Resources(Discovery.Out).Values
            .Where(resource => ProgramYaml.PackageOf(ProgramYaml.TypeOf(resource)) is not null)
            .ToDictionary(resource => ProgramYaml.PackageOf(ProgramYaml.TypeOf(resource))!, resource => ProgramYaml.Text(resource, "options.version"), StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.All(used, package =>
        {
            Assert.True(pinned.ContainsKey(package), $"package {package} is used by a stack but missing from plugin discovery");
            Assert.Equal(ProviderVersions.All[package], pinned[package]);
        });
    }
}
