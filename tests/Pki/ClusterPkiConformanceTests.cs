using Infra.Emit.PulumiYaml;
using Infra.Tests.Conformance;

namespace Infra.Tests.Pki;

public class ClusterPkiConformanceTests
{
    [Fact]
    public void The_pki_program_type_checks_against_the_tls_and_aws_sdks()
    {
        var programs = new Dictionary<string, string>(StringComparer.Ordinal) { ["pki"] = PulumiYamlEmitter.ToYaml(PkiProgram.Build().Program) };

        var result = ConformanceChecker.Check(programs)["pki"];

        Assert.True(result.Conforms, result.Report());
    }
}
