using Infra.CloudProvider;
using Infra.Kubelet;
using Infra.Kubernetes.Helm;
using Infra.Model;
using Infra.NodeAutoscaling;
using Infra.NodePools;

namespace Infra.Tests.Kubernetes;

/// <summary>Every chart-based add-on: pinned to the chart version whose keys we wrote down, and setting only those keys.</summary>
public class ChartAddOnTests
{
    private static Scope Root() => new InfraProgram("test", "test").Root;

    public static TheoryData<string> AddOns => ["cloud-controller-manager", "ebs-csi-driver", "kubelet-csr-approver", "cluster-autoscaler"];

    private static (object Values, HelmRelease Release, ChartValueKeys Facts) Build(string addOn) => addOn switch
    {
        "cloud-controller-manager" => Of(new AwsCloudControllerManager(Root(), addOn, new AwsCloudControllerManagerArgs { ClusterName = "prod" }), PinnedCharts.AwsCloudControllerManager),
        "ebs-csi-driver" => Of(new EbsCsiDriver(Root(), addOn, new EbsCsiDriverArgs { ClusterName = "prod" }), PinnedCharts.EbsCsiDriver),
        "kubelet-csr-approver" => Of(new KubeletCsrApprover(Root(), addOn, new KubeletCsrApproverArgs { Region = "eu-west-1", VpcCidr = "10.30.0.0/16" }), PinnedCharts.KubeletCsrApprover),
        "cluster-autoscaler" => Of(new ClusterAutoscaler(Root(), addOn, new ClusterAutoscalerArgs
        {
            ClusterName = "prod",
            Region = "eu-west-1",
            ExpectedNodes = 1_000,
            ControlPlaneNodes = 3,
            Pools = [new AutoscaledPool("general", NodePoolKind.General, "^general$")],
        }), PinnedCharts.ClusterAutoscaler),
        _ => throw new ArgumentOutOfRangeException(nameof(addOn), addOn, "not an add-on of this test"),
    };

    private static (object, HelmRelease, ChartValueKeys) Of<TValues>(ChartAddOn<TValues> addOn, ChartValueKeys facts)
        where TValues : class => (addOn.Values, new HelmRelease(addOn.Release.Args.Chart, addOn.Release.Args.Version, addOn.Release.Args.Name, addOn.Release.Args.Atomic), facts);

    [Theory]
    [MemberData(nameof(AddOns))]
    public void The_release_is_the_pinned_chart_version_whose_keys_are_known(string addOn)
    {
        var (_, release, facts) = Build(addOn);

        Assert.Equal((facts.Chart, facts.Version), (release.Chart, release.Version));
    }

    [Theory]
    [MemberData(nameof(AddOns))]
    public void Only_value_keys_the_pinned_chart_has_are_set(string addOn)
    {
        var (values, _, facts) = Build(addOn);

        Assert.Empty(facts.UnknownIn(values));
    }

    [Theory]
    [MemberData(nameof(AddOns))]
    public void The_release_is_atomic_and_named_after_its_chart(string addOn)
    {
        var (_, release, _) = Build(addOn);

        Assert.True(release.Atomic);
        Assert.Equal(release.Chart, release.ReleaseName);
    }

    [Fact]
    public void A_misspelled_key_is_caught()
    {
        Assert.Equal(["nodeselector"], PinnedCharts.KubeletCsrApprover.UnknownIn(new { nodeselector = "x" }));
    }

    private sealed record HelmRelease(string Chart, string Version, string? ReleaseName, bool? Atomic);
}
