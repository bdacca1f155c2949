namespace Infra.Network.Connections;

/// <summary>One end of a <see cref="Connection"/>: the members of a role's security group, or the addresses of a CIDR.</summary>
public sealed record Peer
{
    /// <summary>The one CIDR meaning "the internet".</summary>
    public const string AnywhereCidr = "0.0.0.0/0";

    private Peer(SecurityGroupRole? role, string? cidr)
    {
        Role = role;
        Cidr = cidr;
    }

    /// <summary>Every address: software downloads, AWS APIs, the internet's clients.</summary>
    public static Peer Anywhere { get; } = new(null, AnywhereCidr);

    /// <summary>The role's group; null for a CIDR peer.</summary>
    public SecurityGroupRole? Role { get; }

    /// <summary>The CIDR; null for a role peer.</summary>
    public string? Cidr { get; }

    /// <summary>As part of a resource id: the role's key, <c>anywhere</c>, or <c>10-0-0-0-16</c>.</summary>
    public string Label => Role?.Key ?? (Cidr == AnywhereCidr ? "anywhere" : Cidr!.Replace('.', '-').Replace('/', '-'));

    public static Peer Of(SecurityGroupRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return new(role, null);
    }

    public static Peer Addresses(string cidr)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cidr);
        return new(null, cidr);
    }

    public override string ToString() => Role?.Key ?? Cidr!;
}
