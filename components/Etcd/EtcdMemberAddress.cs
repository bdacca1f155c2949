using System.Globalization;
using Infra.Network;

namespace Infra.Etcd;

/// <summary>
/// The fixed private IP of a member: host number <c>firstHostOffset + ordinal</c> of its zone's private
/// subnet, where the ordinal is the member's letter (<c>etcd-a</c> is 0, <c>etcd-e</c> is 4). Derived from
/// the name, not from the launch order, so a replaced instance comes back at the same address and its
/// certificate's IP SAN stays true.
/// </summary>
public static class EtcdMemberAddress
{
    /// <summary>
    /// Host 10 onwards: AWS reserves hosts 0-3 of every subnet, and the first few free addresses are the
    /// ones other fixed-address appliances (NAT instances, resolvers) pick by habit; an events cluster
    /// takes <see cref="EventsFirstHostOffset"/> so both clusters share a subnet without colliding.
    /// </summary>
    public const int DefaultFirstHostOffset = 10;

    /// <summary>Host 20 onwards for an events cluster: past the seven members a main cluster can have.</summary>
    public const int EventsFirstHostOffset = 20;

    /// <summary>AWS reserves the network address and the next three (router, DNS, future use).</summary>
    private const int ReservedLeadingHosts = 4;

    /// <summary>The member's ordinal: the letter after the last '-' of its name (<c>etcd-c</c> is 2).</summary>
    public static int Ordinal(EtcdMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var letter = member.Name[^1];
        return letter is >= 'a' and <= 'z' && member.Name.Length >= 2 && member.Name[^2] == '-'
            ? letter - 'a'
            : throw new ArgumentException($"etcd member name '{member.Name}' does not end in '-<letter>': name members as EtcdClusterLayout.Spread does (etcd-a, etcd-b, ...).", nameof(member));
    }

    /// <summary>The member's address in <paramref name="subnetCidr"/>; throws when the subnet has no room for it.</summary>
    public static string For(EtcdMember member, string subnetCidr, int firstHostOffset = DefaultFirstHostOffset)
    {
        if (!Ipv4Cidr.TryParse(subnetCidr, out var subnet, out var problem))
        {
            throw new ArgumentException($"subnet CIDR '{subnetCidr}' of etcd member {member.Name}: {problem}", nameof(subnetCidr));
        }

        if (firstHostOffset < ReservedLeadingHosts)
        {
            throw new ArgumentException($"first host offset {firstHostOffset} falls on an address AWS reserves: use {ReservedLeadingHosts} or more (default {DefaultFirstHostOffset}).", nameof(firstHostOffset));
        }

        var host = (long)firstHostOffset + Ordinal(member);

        // The last address is the broadcast address, which AWS reserves too.
        if (host >= subnet.Size - 1)
        {
            throw new ArgumentException($"subnet {subnetCidr} has no host {host} for etcd member {member.Name}: give a larger private subnet or a smaller first host offset.", nameof(subnetCidr));
        }

        var address = subnet.Network + (uint)host;
        return string.Join('.', new[] { address >> 24, (address >> 16) & 0xff, (address >> 8) & 0xff, address & 0xff }.Select(b => b.ToString(CultureInfo.InvariantCulture)));
    }
}
