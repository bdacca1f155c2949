using Infra.ControlPlane;
using Infra.Etcd;

namespace Infra.Tests.Cis;

/// <summary>
/// The CIS Kubernetes Benchmark 1.12 over what the prod stack renders: every decidable check passes or is one of the
/// deviations the control plane carries (<see cref="ControlPlaneHardening.Deviations"/>, read from the program's
/// annotation, the same list the policy report shows).
/// </summary>
public class ProdStackCisTests
{
    private static readonly IReadOnlySet<string> NoDeviations = new HashSet<string>(StringComparer.Ordinal);

    [Fact]
    public void Every_control_plane_group_passes_every_decidable_check_but_its_documented_deviations()
    {
        var controlPlanes = ProdStackRendering.Instance.ControlPlanes;

        Assert.NotEmpty(controlPlanes);
        Assert.All(controlPlanes, plane => CisEvaluation.AssertPassOrDocumentedDeviation(CisEvaluation.Evaluate(plane.Group, plane.Settings()), plane.DeviationIds));
    }

    [Fact]
    public void The_control_plane_carries_the_deviations_its_hardening_documents()
    {
        Assert.All(ProdStackRendering.Instance.ControlPlanes, plane => Assert.Equal(ControlPlaneHardening.Deviations, plane.Deviations));
    }

    [Theory]
    [InlineData("service-account-extend-token-expiration", "true", "1.2.30")]
    [InlineData("enable-admission-plugins", "NodeRestriction", "1.2.3")]
    public void With_its_flag_as_before_the_fix_the_api_server_fails_the_check(string flag, string before, string id)
    {
        var plane = ProdStackRendering.Instance.ControlPlanes[0];
        var apiServer = new Dictionary<string, string>(plane.Settings()[CisComponent.ApiServer], StringComparer.Ordinal) { [flag] = before };

        var result = CisEvaluation.Evaluate(Cis112Checks.All.Single(c => c.Id == id), plane.Group, apiServer);

        Assert.False(result.Passed, result.Found);
    }

    [Fact]
    public void Etcd_members_pass_every_decidable_check()
    {
        var layout = EtcdClusterLayout.Spread(new EtcdClusterArgs { Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"], DnsDomain = "etcd.internal" });
        var results = layout.Members.SelectMany(member => CisEvaluation.Evaluate(
            member.Name,
            new Dictionary<CisComponent, IReadOnlyDictionary<string, string>>
            {
                [CisComponent.Etcd] = ComponentSettings.FromFlags(new EtcdMemberConfig(layout, member.Name, EtcdTuning.For(1_000)).Flags()),
            })).ToList();

        CisEvaluation.AssertPassOrDocumentedDeviation(results, NoDeviations);
    }

    /// <summary>Every kubelet configuration the stack renders: today the worker pools'; the control plane's once it renders one.</summary>
    [Fact]
    public void Every_rendered_kubelet_configuration_passes_every_decidable_check()
    {
        var kubelets = ProdStackRendering.Instance.KubeletConfigs;
        var results = kubelets.SelectMany(kubelet => CisEvaluation.Evaluate(
            kubelet.Path,
            new Dictionary<CisComponent, IReadOnlyDictionary<string, string>> { [CisComponent.Kubelet] = ComponentSettings.FromKubeletConfig(kubelet.Text) })).ToList();

        Assert.NotEmpty(kubelets);
        CisEvaluation.AssertPassOrDocumentedDeviation(results, NoDeviations);
    }
}
