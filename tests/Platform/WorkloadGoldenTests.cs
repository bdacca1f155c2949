using Infra.Tests.Support;
using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class WorkloadGoldenTests
{
    [Fact]
    public void A_workload_with_default_args_emits_the_reviewed_pulumi_yaml()
    {
        var program = new InfraProgram("platform", "one workload");
        _ = new Workload(program.Root.Child("apps"), "web", new WorkloadArgs
        {
            Namespace = "apps",
            Image = "registry.example.com/web:1.0.0",
            Tier = ServiceTier.Core,
        });

        Golden.AssertMatches(PulumiYamlEmitter.ToYaml(program), "workload.yaml");
    }
}
