using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdUrlTests
{
    [Fact]
    public void Https_urls_are_accepted()
    {
        EtcdUrl.Require("listen-client-urls", EtcdUrl.Https("10.0.1.10", 2379));
    }

    [Fact]
    public void Plain_http_is_refused_naming_the_value_and_the_https_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdUrl.Require("listen-client-urls", "http://10.0.1.10:2379"));

        Assert.Contains("--listen-client-urls=http://10.0.1.10:2379", error.Message, StringComparison.Ordinal);
        Assert.Contains("use https://10.0.1.10:2379", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_on_loopback_is_allowed_where_the_caller_allows_it()
    {
        EtcdUrl.Require("listen-metrics-urls", EtcdUrl.LoopbackHttp(2381), loopbackHttpAllowed: true);
    }

    [Fact]
    public void Plain_http_on_loopback_is_refused_for_client_and_peer_traffic()
    {
        Assert.Throws<ArgumentException>(() => EtcdUrl.Require("listen-peer-urls", EtcdUrl.LoopbackHttp(2380)));
    }

    [Fact]
    public void Plain_http_metrics_off_loopback_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdUrl.Require("listen-metrics-urls", "http://0.0.0.0:2381", loopbackHttpAllowed: true));

        Assert.Contains("bind plain http to 127.0.0.1 only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://10.0.1.10:2379", false, true)]
    [InlineData("http://10.0.1.10:2379", false, false)]
    [InlineData("http://127.0.0.1:2381", false, false)]
    [InlineData("http://127.0.0.1:2381", true, true)]
    [InlineData("http://0.0.0.0:2381", true, false)]
    public void Allows_tells_urls_that_follow_the_rule(string url, bool loopbackHttpAllowed, bool allowed)
    {
        Assert.Equal(allowed, EtcdUrl.Allows(url, loopbackHttpAllowed));
    }
}
