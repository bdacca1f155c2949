using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdMemberTests
{
    [Fact]
    public void Peer_and_client_urls_are_https_on_the_members_host_and_ports()
    {
        var member = new EtcdMember("etcd-a", "10.0.1.10", "eu-west-1a", EtcdPorts.Main);

        Assert.Equal(("https://10.0.1.10:2380", "https://10.0.1.10:2379"), (member.PeerUrl, member.ClientUrl));
    }

    [Fact]
    public void A_host_given_as_a_url_is_refused_with_the_bare_address_as_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => new EtcdMember("etcd-a", "http://10.0.1.10", "eu-west-1a", EtcdPorts.Main));

        Assert.Contains("'http://10.0.1.10'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.1.10:2379")]
    [InlineData("Etcd_A")]
    public void A_host_that_is_neither_ipv4_nor_a_dns_name_is_refused(string host)
    {
        Assert.Throws<ArgumentException>(() => new EtcdMember("etcd-a", host, "eu-west-1a", EtcdPorts.Main));
    }

    [Fact]
    public void Replacing_the_host_of_a_member_validates_it_too()
    {
        var member = new EtcdMember("etcd-a", "etcd-a.etcd.internal", "eu-west-1a", EtcdPorts.Main);

        Assert.Throws<ArgumentException>(() => member with { Host = "https://10.0.1.10" });
    }

    [Fact]
    public void Member_names_are_lower_case_dns_labels()
    {
        Assert.Throws<ArgumentException>(() => new EtcdMember("Etcd A", "10.0.1.10", "eu-west-1a", EtcdPorts.Main));
    }
}
