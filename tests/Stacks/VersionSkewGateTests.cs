using Infra.NodePools;
using Infra.Stacks.Composition;

namespace Infra.Tests.Stacks;

public class VersionSkewGateTests
{
    private static readonly NodeSoftware ControlPlane = new() { KubernetesPackageVersion = "1.34.2-1.1" };

    [Fact]
    public void Pools_on_the_control_planes_release_pass()
    {
        VersionSkewGate.Check(ControlPlane, new Dictionary<string, NodeSoftware> { ["general"] = ControlPlane });
    }

    [Fact]
    public void A_pool_newer_than_the_control_plane_is_refused_naming_the_pool_and_the_fix()
    {
        var pools = new Dictionary<string, NodeSoftware> { ["gpu"] = new() { KubernetesPackageVersion = "1.35.0-1.1" } };

        var error = Assert.Throws<ArgumentException>(() => VersionSkewGate.Check(ControlPlane, pools));

        Assert.Contains("node pool 'gpu'", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade the control plane first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_four_minors_behind_is_refused()
    {
        var pools = new Dictionary<string, NodeSoftware> { ["legacy"] = new() { KubernetesPackageVersion = "1.30.14-1.1" } };

        Assert.Throws<ArgumentException>(() => VersionSkewGate.Check(ControlPlane, pools));
    }
}
