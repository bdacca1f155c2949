namespace Infra.Model;

/// <summary>
/// The provider's exact name of a property or enum value, where it is not the camelCase of the C#
/// name (e.g. <c>[PulumiName("ipv6CidrBlock")]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
public sealed class PulumiNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
