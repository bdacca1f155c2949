using Infra.Emit.PulumiYaml;
using Infra.Model;

namespace Infra.Tests.Kubernetes;

public class PulumiYamlBlocklistTests
{
    [Theory]
    [InlineData("kubernetes:helm.sh/v3:Chart", "kubernetes:helm.sh/v3:Release")]
    [InlineData("kubernetes:helm.sh/v2:Chart", "kubernetes:helm.sh/v3:Release")]
    [InlineData("kubernetes:yaml:ConfigGroup", "kubernetes:yaml/v2:ConfigGroup")]
    [InlineData("kubernetes:yaml:ConfigFile", "kubernetes:yaml/v2:ConfigGroup")]
    [InlineData("kubernetes:kustomize:Directory", "kubernetes:yaml/v2:ConfigGroup")]
    [InlineData("kubernetes:apiextensions.k8s.io:CustomResource", "kubernetes:yaml/v2:ConfigGroup")]
    public void The_emitter_refuses_a_type_pulumi_yaml_blocks_naming_the_resource_and_the_replacement(string token, string replacement)
    {
        var program = new InfraProgram("test", "test");
        _ = new UntypedResource(program.Root.Child("addons"), "chart", token);

        var error = Assert.Throws<InvalidOperationException>(() => PulumiYamlEmitter.ToYaml(program));

        Assert.Contains("addons/chart", error.Message, StringComparison.Ordinal);
        Assert.Contains(token, error.Message, StringComparison.Ordinal);
        Assert.Contains(replacement, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_blocklist_holds_exactly_the_six_types_pulumi_yaml_refuses()
    {
        Assert.Equal(6, PulumiYamlBlocklist.Replacements.Count);
    }

    [Fact]
    public void The_replacements_are_not_blocked_themselves()
    {
        var program = new InfraProgram("test", "test");
        foreach (var replacement in PulumiYamlBlocklist.Replacements.Values.Distinct())
        {
            _ = new UntypedResource(program.Root, replacement.Split(':')[1].Replace('/', '-').Replace('.', '-'), replacement);
        }

        Assert.Contains("kubernetes:helm.sh/v3:Release", PulumiYamlEmitter.ToYaml(program), StringComparison.Ordinal);
    }

    private sealed class UntypedResource(Scope scope, string id, string type)
        : Resource<object>(scope, id, type, new object(), null);
}
