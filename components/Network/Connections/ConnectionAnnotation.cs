namespace Infra.Network.Connections;

/// <summary>
/// A declared connection, carried on the security group whose rules it generated (the destination's, or the
/// source's when the destination is a CIDR): the reachability policies read what the cluster needs from it, and
/// compare it with the rules the program holds.
/// </summary>
public sealed record ConnectionAnnotation(Connection Connection);
