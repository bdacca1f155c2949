using System.Globalization;

namespace Infra.Network;

/// <summary>
/// An IPv4 network in CIDR notation whose host bits are zero (<c>10.0.0.0/16</c>): parsing,
/// containment, overlap and carving. Host bits set are refused, because AWS would silently normalise
/// <c>10.0.1.0/16</c> to <c>10.0.0.0/16</c> and plans would drift.
/// </summary>
public readonly record struct Ipv4Cidr
{
    private static readonly Ipv4Cidr[] Rfc1918 = [Parse("10.0.0.0/8"), Parse("172.16.0.0/12"), Parse("192.168.0.0/16")];

    /// <summary>RFC 6598 shared address space: not routed on the internet, outside every RFC 1918 range, so it
    /// never collides with a VPC or a peered corporate network; a common home for pod networks.</summary>
    private static readonly Ipv4Cidr SharedAddressSpace = Parse("100.64.0.0/10");

    private Ipv4Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    public uint Network { get; }

    public int PrefixLength { get; }

    /// <summary>Number of addresses in the network.</summary>
    public long Size => 1L << (32 - PrefixLength);

    private uint Last => (uint)(Network + (Size - 1));

    /// <summary>True when the whole network lies in one of the RFC 1918 private ranges.</summary>
    public bool IsRfc1918
    {
        get
        {
            var self = this;
            return Rfc1918.Any(range => range.Contains(self));
        }
    }

    /// <summary>True when the network is RFC 1918 private or RFC 6598 shared address space.</summary>
    public bool IsPrivateOrShared => IsRfc1918 || SharedAddressSpace.Contains(this);

    public bool Contains(Ipv4Cidr other) => other.Network >= Network && other.Last <= Last;

    public bool Overlaps(Ipv4Cidr other) => Network <= other.Last && other.Network <= Last;

    /// <summary>The <paramref name="index"/>-th block of length <paramref name="prefixLength"/> inside this one.</summary>
    public Ipv4Cidr Subnet(int prefixLength, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(prefixLength, PrefixLength);
        var size = 1L << (32 - prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size / size);
        return new Ipv4Cidr((uint)(Network + index * size), prefixLength);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Network >> 24}.{(Network >> 16) & 255}.{(Network >> 8) & 255}.{Network & 255}/{PrefixLength}");

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string text, out Ipv4Cidr cidr, out string problem)
    {
        cidr = default;
        var parts = text.Split('/');
        var octets = parts[0].Split('.');
        if (parts.Length != 2 || octets.Length != 4
            || !octets.All(o => IsDecimal(o, 255)) || !IsDecimal(parts[1], 32))
        {
            problem = "is not a valid CIDR: use an IPv4 CIDR such as 10.0.0.0/16";
            return false;
        }

        var address = octets.Aggregate(0u, (acc, o) => (acc << 8) | uint.Parse(o, CultureInfo.InvariantCulture));
        var prefix = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        var network = new Ipv4Cidr(address & mask, prefix);
        if ((address & mask) != address)
        {
            problem = $"has host bits set: use the network address {network}";
            return false;
        }

        cidr = network;
        problem = "";
        return true;
    }

    /// <summary>Parses a CIDR known to be valid (constants in code).</summary>
    public static Ipv4Cidr Parse(string text) =>
        TryParse(text, out var cidr, out var problem) ? cidr : throw new FormatException($"'{text}' {problem}");

    /// <summary>Plain decimal without sign, spaces or leading zeros (which some tools read as octal).</summary>
    private static bool IsDecimal(string text, int max) =>
        text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0')
        && int.Parse(text, CultureInfo.InvariantCulture) <= max;
}
