using Infra.ControlPlane.Nodes;

namespace Infra.Tests.ControlPlane.Nodes;

public class ControlPlaneSizeTests
{
    [Theory]
    [InlineData(50, "m6i.xlarge")]
    [InlineData(500, "m6i.2xlarge")]
    [InlineData(1_000, "m6i.4xlarge")]
    [InlineData(2_000, "r6i.4xlarge")]
    [InlineData(5_000, "r6i.8xlarge")]
    public void The_instance_grows_with_the_cluster(int nodes, string instanceType)
    {
        Assert.Equal(instanceType, ControlPlaneSize.For(nodes).InstanceType);
    }

    [Fact]
    public void Large_clusters_get_a_larger_root_volume_for_the_faster_turning_audit_log()
    {
        Assert.True(ControlPlaneSize.For(1_000).RootVolumeSizeGiB > ControlPlaneSize.For(999).RootVolumeSizeGiB);
    }

    [Fact]
    public void A_size_outside_the_supported_range_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ControlPlaneSize.For(5_001));

        Assert.Contains("outside 1-5000", error.Message, StringComparison.Ordinal);
    }
}
