namespace Infra.Network;

/// <summary>The two subnet blocks of one zone, when they are given explicitly instead of carved from the VPC CIDR.</summary>
/// <param name="Private">Nodes and internal load balancers, e.g. <c>10.0.0.0/19</c>.</param>
/// <param name="Public">NAT gateways and internet-facing load balancers, e.g. <c>10.0.224.0/23</c>.</param>
public sealed record ZoneSubnetCidrs(string Private, string Public);
