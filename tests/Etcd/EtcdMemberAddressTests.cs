using Infra.Etcd;

namespace Infra.Tests.Etcd;

public class EtcdMemberAddressTests
{
    private static EtcdMember Member(string name) => new(name, $"{name}.etcd.internal", "eu-west-1a", EtcdPorts.Main);

    [Theory]
    [InlineData("etcd-a", "10.0.32.10")]
    [InlineData("etcd-e", "10.0.32.14")]
    [InlineData("etcd-events-b", "10.0.32.11")]
    public void A_member_takes_the_host_of_its_letter_past_the_first_offset(string name, string expected)
    {
        Assert.Equal(expected, EtcdMemberAddress.For(Member(name), "10.0.32.0/19"));
    }

    [Fact]
    public void The_events_offset_keeps_both_clusters_apart_in_one_subnet()
    {
        var main = Enumerable.Range(0, 7).Select(i => EtcdMemberAddress.For(Member($"etcd-{(char)('a' + i)}"), "10.0.0.0/24"));
        var events = Enumerable.Range(0, 7).Select(i => EtcdMemberAddress.For(Member($"etcd-events-{(char)('a' + i)}"), "10.0.0.0/24", EtcdMemberAddress.EventsFirstHostOffset));

        Assert.Empty(main.Intersect(events));
    }

    [Fact]
    public void An_offset_on_an_aws_reserved_address_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdMemberAddress.For(Member("etcd-a"), "10.0.0.0/24", 2));

        Assert.Contains("reserves", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subnet_too_small_for_the_member_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => EtcdMemberAddress.For(Member("etcd-f"), "10.0.0.0/28"));

        Assert.Contains("10.0.0.0/28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_without_a_letter_ordinal_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EtcdMemberAddress.For(Member("etcd-1"), "10.0.0.0/24"));
    }
}
