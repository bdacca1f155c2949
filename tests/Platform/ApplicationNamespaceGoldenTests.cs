using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Platform;
using Infra.Tests.Support;

namespace Infra.Tests.Platform;

public class ApplicationNamespaceGoldenTests
{
    [Fact]
    public void The_apps_namespace_and_its_network_policies_emit_the_reviewed_pulumi_yaml()
    {
        var program = new InfraProgram("platform", "the apps namespace");
        _ = new PlatformNamespace(program.Root, "apps", new PlatformNamespaceArgs { NodeLocalDnsAddress = "169.254.20.10" });

        Golden.AssertMatches(PulumiYamlEmitter.ToYaml(program), "apps-namespace.yaml");
    }
}
