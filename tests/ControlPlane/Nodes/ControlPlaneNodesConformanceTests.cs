using Infra.Emit.PulumiYaml;
using Infra.Tests.Conformance;

namespace Infra.Tests.ControlPlane.Nodes;

public class ControlPlaneNodesConformanceTests
{
    [Fact]
    public void A_program_with_the_control_plane_its_network_pki_and_load_balancer_type_checks_against_the_sdks()
    {
        var fixture = ControlPlaneNodesFixture.Build(withEvents: true, publicCidrs: ["203.0.113.0/24"]);
        fixture.Program.Export("kubeconfig", fixture.ControlPlane.Kubeconfig);

        var result = ConformanceChecker.Check(new Dictionary<string, string>(StringComparer.Ordinal) { ["control-plane"] = PulumiYamlEmitter.ToYaml(fixture.Program) })["control-plane"];

        Assert.True(result.Conforms, result.Report());
    }
}
