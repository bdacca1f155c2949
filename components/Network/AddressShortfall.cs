namespace Infra.Network;

/// <summary>One network too small for the cluster at its largest; <see cref="Zone"/> is the zone's index, or -1 for the pod network.</summary>
public sealed record AddressShortfall(AddressNetwork Network, int Zone, string Arithmetic);
