using Infra.Emit.PulumiYaml;
using Infra.Tests.Conformance;

namespace Infra.Tests.ControlPlane.Endpoint;

public sealed class ApiLoadBalancerConformanceTests
{
    [Fact]
    public void A_network_with_internal_and_public_api_load_balancers_type_checks_against_the_aws_sdk()
    {
        var program = ApiLoadBalancerFixture.Build(["198.51.100.0/24"]).Program;
        var programs = new Dictionary<string, string>(StringComparer.Ordinal) { ["api"] = PulumiYamlEmitter.ToYaml(program) };

        var result = ConformanceChecker.Check(programs)["api"];

        Assert.True(result.Conforms, result.Report());
    }
}
