using Infra.Network;

namespace Infra.Tests.Network;

public class SubnetCarvingTests
{
    private static readonly Ipv4Cidr Vpc = Parse("10.0.0.0/16");

    [Fact]
    public void Private_subnets_take_an_eighth_of_the_vpc_each_in_zone_order()
    {
        var subnets = SubnetCarving.Carve(Vpc, 3);

        Assert.Equal(["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"], subnets.Select(s => s.Private));
    }

    [Fact]
    public void Public_subnets_are_sixteenths_of_the_last_eighth()
    {
        var subnets = SubnetCarving.Carve(Vpc, 3);

        Assert.Equal(["10.0.224.0/23", "10.0.226.0/23", "10.0.228.0/23"], subnets.Select(s => s.Public));
    }

    [Fact]
    public void Adding_a_zone_keeps_the_existing_zones_blocks()
    {
        Assert.Equal(SubnetCarving.Carve(Vpc, 3), SubnetCarving.Carve(Vpc, 4).Take(3));
    }

    [Theory]
    [InlineData("10.0.0.0/16")]
    [InlineData("172.16.0.0/20")]
    public void Carved_subnets_lie_inside_the_vpc_and_never_overlap(string vpcCidr)
    {
        var vpc = Parse(vpcCidr);

        var blocks = SubnetCarving.Carve(vpc, SubnetCarving.MaxZones).SelectMany(s => new[] { Parse(s.Private), Parse(s.Public) }).ToArray();

        Assert.All(blocks, b => Assert.True(vpc.Contains(b), $"{b} is outside {vpc}"));
        Assert.All(blocks.SelectMany((a, i) => blocks.Skip(i + 1).Select(b => (a, b))), pair => Assert.False(pair.a.Overlaps(pair.b), $"{pair.a} overlaps {pair.b}"));
    }

    private static Ipv4Cidr Parse(string text) => Ipv4Cidr.TryParse(text, out var cidr, out var problem) ? cidr : throw new ArgumentException(problem);
}
