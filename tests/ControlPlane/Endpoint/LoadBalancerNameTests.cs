using Infra.ControlPlane.Endpoint;

namespace Infra.Tests.ControlPlane.Endpoint;

public sealed class LoadBalancerNameTests
{
    [Fact]
    public void A_name_that_fits_is_cluster_then_purpose()
    {
        Assert.Equal("prod-eu-api-int", LoadBalancerName.For("prod-eu", "api-int"));
    }

    [Fact]
    public void Long_cluster_names_sharing_a_prefix_get_distinct_names_within_the_limit()
    {
        var first = LoadBalancerName.For("platform-production-eu-west-1-blue", "api-int");
        var second = LoadBalancerName.For("platform-production-eu-west-1-green", "api-int");

        Assert.NotEqual(first, second);
        Assert.All([first, second], name => Assert.InRange(name.Length, 1, LoadBalancerName.MaxLength));
        Assert.All([first, second], name => Assert.EndsWith("-api-int", name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_never_leaves_a_double_hyphen()
    {
        var name = LoadBalancerName.For("abcdefghijklmnopq-rstuvwxyz-0123456789", "api-int");

        Assert.DoesNotContain("--", name, StringComparison.Ordinal);
    }
}
