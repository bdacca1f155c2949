using Infra.Kubernetes;
using Infra.Software;

namespace Infra.Tests.Kubernetes;

public class KubernetesReleaseTests
{
    [Fact]
    public void The_clusters_minor_is_the_minor_of_the_release_the_nodes_install()
    {
        Assert.StartsWith(KubernetesRelease.Minor[1..] + ".", UpstreamPins.KubernetesVersion, StringComparison.Ordinal);
        Assert.Equal("v1.36", KubernetesRelease.Minor);
    }

    [Theory]
    [InlineData("v1.36.4", true)]
    [InlineData("v1.35.2", true)]
    [InlineData("v1.34.3", false)]
    [InlineData("v1.37.0", false)]
    [InlineData("v1.3.6", false)]
    public void Controllers_may_be_the_clusters_minor_or_one_older_never_newer(string imageTag, bool allowed)
    {
        Assert.Equal(allowed, KubernetesRelease.IsWithinControllerSkew(imageTag));
    }
}
