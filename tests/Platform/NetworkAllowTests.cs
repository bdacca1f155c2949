using Infra.Kubernetes.Networking;
using Infra.Platform;

namespace Infra.Tests.Platform;

public class NetworkAllowTests
{
    [Fact]
    public void An_allow_without_a_reason_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkAllow.Egress("anything", " ", null, null));

        Assert.Contains("say which component needs it and why", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allow_applies_to_every_pod_of_its_namespace_unless_narrowed()
    {
        var allow = NetworkAllow.Ingress("metrics", "scraped", null, [NetworkPolicyPort.Tcp(2020)]);

        Assert.Null(allow.PodSelector.MatchLabels);
        Assert.Null(allow.PodSelector.MatchExpressions);
    }
}
