using Infra.Emit.PulumiYaml;
using Infra.Model;
using Infra.Tests.Conformance;

namespace Infra.Tests.Etcd;

public class EtcdClusterConformanceTests
{
    [Fact]
    public void A_program_with_the_etcd_cluster_its_network_and_pki_type_checks_against_the_sdks()
    {
        var (program, etcd, _) = EtcdClusterFixture.Build();
        program.Export("etcdMemberInstanceIds", etcd.MemberInstanceIds.Select(id => (Expr<string>)id).ToArray());
        program.Export("etcdClientEndpoints", etcd.ClientEndpoints);

        var result = ConformanceChecker.Check(new Dictionary<string, string>(StringComparer.Ordinal) { ["etcd"] = PulumiYamlEmitter.ToYaml(program) })["etcd"];

        Assert.True(result.Conforms, result.Report());
    }
}
