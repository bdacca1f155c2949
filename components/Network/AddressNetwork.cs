namespace Infra.Network;

/// <summary>Which network of an <see cref="AddressPlan"/> is too small.</summary>
public enum AddressNetwork
{
    PrivateSubnet,
    PublicSubnet,
    PodNetwork,
}
