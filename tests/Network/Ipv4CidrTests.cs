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
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/16")]
    [InlineData("10.0.0.256/24")]
    [InlineData("10.0.0.0")]
    [InlineData("10.0.0.1/24")]
    public void Malformed_blocks_or_set_host_bits_are_not_blocks(string text)
    {
        Assert.False(Ipv4Cidr.TryParse(text, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void The_last_block_of_a_split_ends_where_the_parent_ends()
    {
        Assert.True(Ipv4Cidr.TryParse("10.0.0.0/16", out var vpc, out _));

        Assert.Equal("10.0.255.0/24", vpc.Subnet(24, 255).ToString());
    }
}
