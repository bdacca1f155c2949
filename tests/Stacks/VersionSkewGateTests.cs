using Infra.NodePools;
using Infra.Software;
using Infra.Stacks.Composition;

namespace Infra.Tests.Stacks;

public class VersionSkewGateTests
{
    private static readonly NodeSoftware ControlPlane = Kubelet("1.34.2");

    [Fact]
    public void Pools_on_the_control_planes_release_pass()
    {
        VersionSkewGate.Check(ControlPlane, new Dictionary<string, NodeSoftware> { ["general"] = ControlPlane });
    }

    [Fact]
    public void A_pool_newer_than_the_control_plane_is_refused_naming_the_pool_and_the_fix()
    {
        var pools = new Dictionary<string, NodeSoftware> { ["gpu"] = Kubelet("1.35.0") };

        var error = Assert.Throws<ArgumentException>(() => VersionSkewGate.Check(ControlPlane, pools));

        Assert.Contains("node pool 'gpu'", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade the control plane first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_four_minors_behind_is_refused()
    {
        var pools = new Dictionary<string, NodeSoftware> { ["legacy"] = Kubelet("1.30.14") };

        Assert.Throws<ArgumentException>(() => VersionSkewGate.Check(ControlPlane, pools));
    }

    /// <summary>Software whose kubelet is at <paramref name="version"/>: the skew gate reads nothing else.</summary>
    private static NodeSoftware Kubelet(string version) => new() { Artifacts = [UpstreamPins.Kubelet with { Version = version }] };
}
