using Infra.Model;

namespace Infra.Etcd;

/// <summary>
/// The private subnet of one availability zone, as the etcd cluster places members in it: the id to
/// launch into and the CIDR the members' fixed addresses are taken from (<see cref="EtcdMemberAddress"/>).
/// </summary>
/// <param name="Zone">The availability zone, as in <see cref="EtcdClusterArgs.Zones"/>.</param>
/// <param name="SubnetId">The subnet's id, usually the network component's output.</param>
/// <param name="Cidr">The subnet's IPv4 CIDR, e.g. <c>10.0.0.0/19</c>.</param>
public sealed record EtcdPrivateSubnet(string Zone, Expr<string> SubnetId, string Cidr);
