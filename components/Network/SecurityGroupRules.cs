using Infra.Aws.Ec2;
using Infra.Aws.Vpc;
using Infra.Model;

namespace Infra.Network;

/// <summary>
/// Declares security group rules as separate resources, one per peer and port, so each can be read,
/// tested and changed alone. Security groups made by this provider start with no egress, so traffic
/// between two groups gets both halves: ingress on the receiver and egress on the sender.
/// Rules of a group annotated with <see cref="PublicLoadBalancerAnnotation"/> carry the annotation too.
/// </summary>
internal sealed class SecurityGroupRules(Scope scope, NetworkTags tags)
{
    /// <summary>The one CIDR meaning "the internet".</summary>
    public const string Anywhere = "0.0.0.0/0";

    /// <summary>Members of <paramref name="from"/> may open <paramref name="port"/> on members of <paramref name="to"/>.</summary>
    public void Allow(NamedGroup from, NamedGroup to, Port port, string name, string why)
    {
        Ingress(to, $"{to.Key}-in-{name}-from-{from.Key}", port, why, new PeerArgs(Group: from.Group.Id));
        Egress(from, $"{from.Key}-out-{name}-to-{to.Key}", port, why, new PeerArgs(Group: to.Group.Id));
    }

    /// <summary>Addresses in <paramref name="cidr"/> may open <paramref name="port"/> on members of <paramref name="to"/>.</summary>
    public void AllowFrom(string cidr, NamedGroup to, Port port, string name, string why) =>
        Ingress(to, $"{to.Key}-in-{name}-from-{Label(cidr)}", port, why, new PeerArgs(Cidr: cidr));

    /// <summary>Members of <paramref name="from"/> may open <paramref name="port"/> on addresses in <paramref name="cidr"/>.</summary>
    public void AllowTo(NamedGroup from, string cidr, Port port, string name, string why) =>
        Egress(from, $"{from.Key}-out-{name}-to-{Label(cidr)}", port, why, new PeerArgs(Cidr: cidr));

    private void Ingress(NamedGroup group, string id, Port port, string why, PeerArgs peer) =>
        Propagate(group, new SecurityGroupIngressRule(scope, id, Args(group, id, port, why, peer)));

    private void Egress(NamedGroup group, string id, Port port, string why, PeerArgs peer) =>
        Propagate(group, new SecurityGroupEgressRule(scope, id, Args(group, id, port, why, peer)));

    private SecurityGroupRuleArgs Args(NamedGroup group, string id, Port port, string why, PeerArgs peer) => new()
    {
        SecurityGroupId = group.Group.Id,
        IpProtocol = port.Protocol,
        FromPort = port.From,
        ToPort = port.To,
        CidrIpv4 = peer.Cidr,
        ReferencedSecurityGroupId = peer.Group,
        Description = why,
        Tags = tags.Named(id),
    };

    private static void Propagate(NamedGroup group, Resource rule)
    {
        if (group.Group.Has<PublicLoadBalancerAnnotation>())
        {
            rule.Annotate(PublicLoadBalancerAnnotation.Instance);
        }
    }

    /// <summary>A CIDR as part of a resource id: <c>anywhere</c> for the internet, else <c>10-0-0-0-16</c>.</summary>
    private static string Label(string cidr) => cidr == Anywhere ? "anywhere" : cidr.Replace('.', '-').Replace('/', '-');

    private sealed record PeerArgs(Expr<string>? Group = null, Expr<string>? Cidr = null);
}
