using Infra.Tests.Support;
using Infra.Emit.PulumiYaml;
using Infra.Network;

namespace Infra.Tests.Network;

public class NetworkGoldenTests
{
    [Fact]
    public void A_single_zone_network_without_endpoints_compiles_to_the_reviewed_program()
    {
        var args = NetworkArgs.Create("dev", "10.0.0.0/20", ["eu-west-1a"], new Dictionary<string, string> { ["environment"] = "dev" })
            with { VpcEndpoints = false };

        Golden.AssertMatches(PulumiYamlEmitter.ToYaml(NetworkFixture.Program(args)), "network-single-az.yaml");
    }
}
