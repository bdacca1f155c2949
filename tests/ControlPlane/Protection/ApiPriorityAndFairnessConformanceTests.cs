using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Tests.Conformance;

namespace Infra.Tests.ControlPlane.Protection;

public class ApiPriorityAndFairnessConformanceTests
{
    [Fact]
    public void The_emitted_flow_control_objects_type_check_against_the_kubernetes_sdk()
    {
        var program = new InfraProgram("apf", "API Priority and Fairness levels.");
        _ = ApiPriorityAndFairnessTests.Declare(program);

        var result = ConformanceChecker.Check(new Dictionary<string, string> { ["apf"] = PulumiYamlEmitter.ToYaml(program) })["apf"];

        Assert.True(result.Conforms, result.Report());
    }
}
