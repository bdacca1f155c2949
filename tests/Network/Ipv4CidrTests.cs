using Infra.Network;

namespace Infra.Tests.Network;

public class Ipv4CidrTests
{
    [Theory]
    [InlineData("10.0.0.0/16")]
    [InlineData("0.0.0.0/0")]
    [InlineData("192.168.1.128/25")]
    public void Network_form_blocks_read_back_unchanged(string text)
    {
        Assert.True(Ipv4Cidr.TryParse(text, out var cidr, out _));
        Assert.Equal(text, cidr.ToString());
    }

    [Theory]
    [InlineData("10.0.0.1/24", "has host bits set: use the network address 10.0.0.0/24")]
    [InlineData("10.0.0.0/33", "is not a valid CIDR: use an IPv4 CIDR such as 10.0.0.0/16")]
    public void A_refusal_says_what_to_write_instead(string text, string problem)
    {
        Assert.False(Ipv4Cidr.TryParse(text, out _, out var actual));
        Assert.Equal(problem, actual);
    }

    [Fact]
    public void The_last_block_of_a_split_ends_where_the_parent_ends()
    {
        Assert.True(Ipv4Cidr.TryParse("10.0.0.0/16", out var vpc, out _));

        Assert.Equal("10.0.255.0/24", vpc.Subnet(24, 255).ToString());
    }

    [Theory]
    [InlineData("10.0.0.0/16", "10.0.255.0/24", true)]
    [InlineData("10.0.0.0/16", "10.1.0.0/16", false)]
    [InlineData("10.96.0.0/12", "10.111.255.0/24", true)]
    [InlineData("10.96.0.0/12", "10.112.0.0/16", false)]
    public void Networks_overlap_when_they_share_an_address(string a, string b, bool overlap)
    {
        Assert.Equal(overlap, Ipv4Cidr.Parse(a).Overlaps(Ipv4Cidr.Parse(b)));
        Assert.Equal(overlap, Ipv4Cidr.Parse(b).Overlaps(Ipv4Cidr.Parse(a)));
    }

    [Theory]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0/16")]
    [InlineData("10.0.0.256/24")]
    [InlineData("010.0.0.0/16")]
    [InlineData("10.0.0.0/-1")]
    [InlineData(" 10.0.0.0/16")]
    [InlineData("fd00::/8")]
    public void Text_that_is_not_an_IPv4_CIDR_is_refused(string text)
    {
        Assert.False(Ipv4Cidr.TryParse(text, out _, out var problem));
        Assert.Equal("is not a valid CIDR: use an IPv4 CIDR such as 10.0.0.0/16", problem);
    }

    [Theory]
    [InlineData("10.0.0.0/16", true)]
    [InlineData("172.31.0.0/16", true)]
    [InlineData("172.32.0.0/16", false)]
    [InlineData("192.168.0.0/15", false)]
    public void RFC_1918_networks_are_recognised(string text, bool rfc1918)
    {
        Assert.Equal(rfc1918, Ipv4Cidr.Parse(text).IsRfc1918);
    }

    [Fact]
    public void Shared_address_space_is_private_but_not_RFC_1918()
    {
        var cidr = Ipv4Cidr.Parse("100.64.0.0/10");

        Assert.Equal((false, true), (cidr.IsRfc1918, cidr.IsPrivateOrShared));
    }
}
