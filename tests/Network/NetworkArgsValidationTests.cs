using Infra.Network;

namespace Infra.Tests.Network;

public class NetworkArgsValidationTests
{
    [Theory]
    [InlineData(new string[0], "is empty", "eu-west-1a")]
    [InlineData(new[] { "eu-west-1a", "eu-west-1a" }, "'eu-west-1a' more than once", "remove the duplicate")]
    [InlineData(new[] { "eu-west-1" }, "'eu-west-1' is not a zone name", "e.g. 'eu-west-1a'")]
    [InlineData(new[] { "eu-west-1a", "us-east-1b" }, "'us-east-1b' are in different regions", "list zones of 'eu-west-1' only")]
    public void Zone_lists_that_cannot_hold_a_vpc_are_refused_with_the_fix(string[] zones, string names, string fix)
    {
        AssertRefused(NetworkFixture.Created(zones), names, fix);
    }

    [Theory]
    [InlineData("10.0.0.0", "'10.0.0.0' is not a valid CIDR", "use an IPv4 CIDR such as 10.0.0.0/16")]
    [InlineData("10.0.1.0/16", "has host bits set", "use the network address 10.0.0.0/16")]
    [InlineData("10.0.0.0/24", "'10.0.0.0/24' cannot be carved", "/16 to /20")]
    public void Vpc_cidrs_that_cannot_be_carved_are_refused_with_the_fix(string cidr, string names, string fix)
    {
        AssertRefused(NetworkArgs.Create("prod", cidr, NetworkFixture.ThreeZones, NetworkFixture.CommonTags), names, fix);
    }

    [Fact]
    public void More_zones_than_carving_has_room_for_are_refused()
    {
        var zones = Enumerable.Range(0, SubnetCarving.MaxZones + 1).Select(i => $"us-east-1{(char)('a' + i)}").ToArray();

        AssertRefused(NetworkFixture.Created(zones), $"lists {zones.Length} zones", "set SubnetCidrs explicitly");
    }

    [Fact]
    public void Explicit_subnets_outside_the_vpc_are_refused()
    {
        var args = NetworkFixture.Created(["eu-west-1a"]) with { SubnetCidrs = [new ZoneSubnetCidrs("10.0.0.0/19", "10.1.0.0/24")] };

        AssertRefused(args, "'10.1.0.0/24' lies outside the VPC CIDR '10.0.0.0/16'", "choose a block inside the VPC");
    }

    [Fact]
    public void Overlapping_explicit_subnets_are_refused()
    {
        var args = NetworkFixture.Created(["eu-west-1a"]) with { SubnetCidrs = [new ZoneSubnetCidrs("10.0.0.0/19", "10.0.16.0/24")] };

        AssertRefused(args, "'10.0.0.0/19' and '10.0.16.0/24' overlap", "give every subnet its own block");
    }

    [Fact]
    public void Explicit_subnets_need_one_entry_per_zone()
    {
        var args = NetworkFixture.Created() with { SubnetCidrs = [new ZoneSubnetCidrs("10.0.0.0/19", "10.0.224.0/24")] };

        AssertRefused(args, "1 entries for 3 zones", "one entry (private and public block) per zone");
    }

    [Fact]
    public void A_name_tag_among_the_common_tags_is_refused()
    {
        var tags = new Dictionary<string, string>(NetworkFixture.CommonTags) { ["Name"] = "mine" };

        AssertRefused(NetworkArgs.Create("prod", "10.0.0.0/16", NetworkFixture.ThreeZones, tags), "sets 'Name' to 'mine'", "remove 'Name'");
    }

    [Fact]
    public void Cluster_names_that_cannot_appear_in_names_are_refused()
    {
        AssertRefused(NetworkArgs.Create("Prod_EU", "10.0.0.0/16", NetworkFixture.ThreeZones, NetworkFixture.CommonTags), "'Prod_EU'", "lower-case letters");
    }

    [Fact]
    public void Adopted_ids_of_the_wrong_kind_are_refused()
    {
        var adopted = NetworkFixture.Adopted();
        var args = NetworkArgs.Adopt("prod", adopted.ExistingVpc! with { VpcId = "subnet-0123" }, NetworkFixture.CommonTags);

        AssertRefused(args, "ExistingVpc.VpcId 'subnet-0123'", "starting with 'vpc-'");
    }

    [Fact]
    public void Subnet_cidrs_cannot_be_given_for_an_adopted_vpc()
    {
        var args = NetworkFixture.Adopted() with { SubnetCidrs = [new ZoneSubnetCidrs("10.20.0.0/19", "10.20.224.0/24")] };

        AssertRefused(args, "SubnetCidrs is set for an adopted VPC", "remove SubnetCidrs");
    }

    [Fact]
    public void Invalid_public_ingress_sources_are_refused()
    {
        var args = NetworkFixture.Created() with { PublicIngressCidrs = ["office"] };

        AssertRefused(args, "PublicIngressCidrs 'office'", "e.g. '203.0.113.0/24'");
    }

    private static void AssertRefused(NetworkArgs args, string names, string fix)
    {
        var error = Assert.Throws<ArgumentException>(() => NetworkFixture.Build(args));
        Assert.Contains(names, error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
    }
}
