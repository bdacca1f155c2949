using System.Globalization;

namespace Infra.Network;

/// <summary>An IPv4 block in network form (<c>10.0.0.0/16</c>): parsing, containment, overlap and carving.</summary>
public readonly record struct Ipv4Cidr
{
    private Ipv4Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>The first address as a 32-bit number.</summary>
    public uint Network { get; }

    public int PrefixLength { get; }

    private ulong Size => 1UL << (32 - PrefixLength);

    /// <summary>
    /// Parses <c>a.b.c.d/n</c>; fails (with the reason) on malformed text or host bits set, because
    /// AWS would silently normalise <c>10.0.1.0/16</c> to <c>10.0.0.0/16</c> and plans would drift.
    /// </summary>
    public static bool TryParse(string text, out Ipv4Cidr cidr, out string problem)
    {
        cidr = default;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) || prefix > 32
            || !TryParseAddress(parts[0], out var address))
        {
            problem = "it is not of the form a.b.c.d/n";
            return false;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((address & ~mask) != 0)
        {
            problem = $"its host bits are set (the block starts at {Format(address & mask)}/{prefix})";
            return false;
        }

        cidr = new Ipv4Cidr(address, prefix);
        problem = string.Empty;
        return true;
    }

    public bool Contains(Ipv4Cidr other) =>
        other.PrefixLength >= PrefixLength && other.Network >= Network && other.Network + other.Size <= Network + Size;

    public bool Overlaps(Ipv4Cidr other) => Contains(other) || other.Contains(this);

    /// <summary>The <paramref name="index"/>-th block of length <paramref name="prefixLength"/> inside this one.</summary>
    public Ipv4Cidr Subnet(int prefixLength, int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(prefixLength, PrefixLength);
        var size = 1UL << (32 - prefixLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((ulong)index, Size / size);
        return new Ipv4Cidr((uint)(Network + (ulong)index * size), prefixLength);
    }

    public override string ToString() => $"{Format(Network)}/{PrefixLength.ToString(CultureInfo.InvariantCulture)}";

    private static bool TryParseAddress(string text, out uint address)
    {
        address = 0;
        var octets = text.Split('.');
        if (octets.Length != 4)
        {
            return false;
        }

        foreach (var octet in octets)
        {
            if (octet.Length is 0 or > 3 || !byte.TryParse(octet, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            address = (address << 8) | value;
        }

        return true;
    }

    private static string Format(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");
}
