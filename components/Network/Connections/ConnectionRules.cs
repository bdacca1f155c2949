using Infra.Aws.Vpc;
using Infra.Model;

namespace Infra.Network.Connections;

/// <summary>
/// Generates the security group rules of declared connections, one resource per side, so each can be read, tested
/// and changed alone: ingress on the destination's group (peer: the source's group or CIDR) and egress on the source's
/// (peer: the destination's group or CIDR). Groups made by this provider start with no egress, so traffic between two
/// groups needs both halves. Rules of a group annotated with <see cref="PublicLoadBalancerAnnotation"/> carry it too.
/// </summary>
internal sealed class ConnectionRules(Scope scope, NetworkTags tags)
{
    private readonly Dictionary<SecurityGroupRole, NamedGroup> groups = [];

    /// <summary>
    /// Rules already declared, by what they allow: AWS refuses a second rule allowing the same traffic, and two
    /// connections may need one rule (both etcd clusters' members reach AWS over HTTPS).
    /// </summary>
    private readonly HashSet<(SecurityGroupRole Group, RuleSide Side, Port Port, Peer Peer)> declared = [];

    /// <summary>Lets connections name <paramref name="group"/>'s role.</summary>
    public void Register(NamedGroup group) => groups.Add(group.Role, group);

    /// <summary>Declares the rules of each connection and records it on the group it is declared on.</summary>
    public void Declare(IEnumerable<Connection> connections)
    {
        foreach (var connection in connections)
        {
            var to = GroupOf(connection, connection.To);
            var from = GroupOf(connection, connection.From);
            if (to is not null)
            {
                Rule(to, RuleSide.Ingress, connection, connection.From, from);
            }

            if (from is not null)
            {
                Rule(from, RuleSide.Egress, connection, connection.To, to);
            }

            (to ?? from)!.Group.Annotate(new ConnectionAnnotation(connection));
        }
    }

    private NamedGroup? GroupOf(Connection connection, Peer peer) =>
        peer.Role is not { } role ? null
        : groups.TryGetValue(role, out var group) ? group
        : throw new InvalidOperationException($"connection {connection} names role '{role}', which has no security group in this network: declare the group first, or name one of {string.Join(", ", groups.Keys)}.");

    private void Rule(NamedGroup group, RuleSide side, Connection connection, Peer peer, NamedGroup? peerGroup)
    {
        if (Covered(group.Role, side, connection.Port, peer) || !declared.Add((group.Role, side, connection.Port, peer)))
        {
            return;
        }

        var id = side == RuleSide.Ingress
            ? $"{group.Key}-in-{connection.Name}-from-{peer.Label}"
            : $"{group.Key}-out-{connection.Name}-to-{peer.Label}";
        var args = new SecurityGroupRuleArgs
        {
            SecurityGroupId = group.Group.Id,
            IpProtocol = connection.Port.Protocol,
            FromPort = connection.Port.From,
            ToPort = connection.Port.To,
            CidrIpv4 = peer.Cidr is { } cidr ? (Expr<string>?)cidr : null,
            ReferencedSecurityGroupId = peerGroup is null ? null : (Expr<string>?)peerGroup.Group.Id,
            Description = connection.Why,
            Tags = tags.Named(id),
        };
        Resource rule = side == RuleSide.Ingress ? new SecurityGroupIngressRule(scope, id, args) : new SecurityGroupEgressRule(scope, id, args);
        if (group.Group.Has<PublicLoadBalancerAnnotation>())
        {
            rule.Annotate(PublicLoadBalancerAnnotation.Instance);
        }
    }

    /// <summary>
    /// True when a rule to or from anywhere on the same group already lets the port through: a second rule would change
    /// nothing, and deleting it would break nothing, so no test could show it is needed. Connections to anywhere are
    /// declared first (<see cref="ClusterSecurityGroups"/>) for this.
    /// </summary>
    private bool Covered(SecurityGroupRole group, RuleSide side, Port port, Peer peer) =>
        peer != Peer.Anywhere && declared.Any(rule =>
            rule.Group == group && rule.Side == side && rule.Peer == Peer.Anywhere
            && rule.Port.Protocol == port.Protocol && rule.Port.From <= port.From && port.To <= rule.Port.To);

    private enum RuleSide
    {
        Ingress,
        Egress,
    }
}
