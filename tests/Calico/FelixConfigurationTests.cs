using Infra.Calico;
using Infra.Emit;
using Infra.Emit.Render;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.Stacks.Composition;
using Infra.Tests.Policies.Support;
using Infra.Tests.Support;

namespace Infra.Tests.Calico;

public class FelixConfigurationTests
{
    /// <summary>Fields the operator writes itself (bpfEnabled, healthPort, vxlanVNI, vxlanPort, nftablesMode) or overrides by environment (ipv6Support).</summary>
    private static readonly string[] OperatorOwned = ["bpfEnabled", "ipv6Support", "healthPort", "vxlanVNI", "vxlanPort", "nftablesMode"];

    private static IReadOnlyList<string> Names(object record) => [.. PropertyReader.Read(record).Select(property => property.Key)];

    [Fact]
    public void The_prod_stacks_felix_configuration_matches_its_golden_file()
    {
        var program = StackPipeline.FromStackFile(RepositoryRoot.Path, "prod-platform", new FixedTime(PolicyFixture.Today)).Program;
        var felix = program.ResourcesOf<HelmRelease<TigeraOperatorValues>>().Single().Args.Values!.DefaultFelixConfiguration;

        Golden.AssertMatches(YamlWriter.ToText(new OrderedMap().Add("defaultFelixConfiguration", felix), RenderDialect.Instance), "felix-configuration-prod.yaml");
    }

    [Fact]
    public void The_seeds_values_are_the_defaults_except_what_the_operator_owns()
    {
        var felix = FelixConfiguration.For(1_000, 250);

        Assert.Equal(
            ("Info", "60s", "Append", 1_048_576, true, "Tunnel", true),
            (felix.LogSeverityScreen, felix.IptablesRefreshInterval, felix.ChainInsertMode, felix.MaxIpsetSize, felix.PrometheusMetricsEnabled, felix.BpfExternalServiceMode, felix.BpfKubeProxyIptablesCleanupEnabled));
    }

    [Fact]
    public void No_field_the_operator_writes_is_set_here()
    {
        Assert.Empty(Names(new ChartFelixConfiguration(FelixConfiguration.For(1_000, 250))).Intersect(OperatorOwned));
    }

    [Fact]
    public void Every_field_set_is_a_field_of_the_pinned_crd()
    {
        Assert.Empty(Names(FelixConfiguration.For(1_000, 250)).Except(CalicoCrdFields.FelixConfiguration));
    }

    [Theory]
    [InlineData(100, 250, 1_048_576)]
    [InlineData(1_000, 250, 1_048_576)]
    [InlineData(5_000, 110, 1_048_576)]
    [InlineData(20_000, 110, 4_194_304)]
    public void Ip_sets_hold_every_pod_slot_of_the_cluster_and_never_fewer_than_the_seeds(int nodes, int maxPods, int size)
    {
        var felix = FelixConfiguration.For(nodes, maxPods);

        Assert.Equal(size, felix.MaxIpsetSize);
        Assert.True(felix.MaxIpsetSize >= (long)nodes * maxPods);
    }
}
