namespace Infra.Network;

/// <summary>The subnets of one zone of an <see cref="ExistingVpc"/>.</summary>
/// <param name="AvailabilityZone">The zone's name, e.g. <c>eu-west-1a</c>.</param>
/// <param name="PublicSubnetId">Where internet-facing load balancers go; null when the VPC has no public subnets (an internal-only cluster).</param>
/// <param name="PrivateSubnetId">Where nodes and internal load balancers go.</param>
/// <param name="PrivateSubnetCidr">The private subnet's range, inside the VPC: etcd members take fixed addresses in it.</param>
public sealed record ExistingZone(string AvailabilityZone, string? PublicSubnetId, string PrivateSubnetId, string PrivateSubnetCidr);
