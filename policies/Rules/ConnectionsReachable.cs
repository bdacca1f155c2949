using Infra.Network.Connections;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every declared connection is allowed on both sides: an egress rule on the source role's group and an ingress rule on
/// the destination role's group, each opening the connection's port to the other end (its group, a CIDR holding it, or
/// 0.0.0.0/0). A CIDR end has no group of ours, so only the other side is checked. Through a load balancer that has a
/// security group the two hops are two connections (clients to the balancer, the balancer to its targets), each checked
/// the same way. Security groups carry no inline rules in this model (<see cref="Infra.Aws.Ec2.SecurityGroupArgs"/>).
/// </summary>
public sealed class ConnectionsReachable : PolicyRule
{
    public override string Id => "NET-001";

    public override string Title => "Every declared connection is allowed by the source's egress and the destination's ingress";

    public override string Rationale =>
        "A connection the security groups drop is a cluster that cannot form: etcd without quorum, kubeadm init stalled on the API endpoint, webhooks unreachable.";

    public override bool MandatoryInProduction => true;

    public override bool MandatoryEverywhere => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) => Violations(DeclaredConnections.Of(context));

    /// <summary>The connections of <paramref name="model"/> a side blocks.</summary>
    internal static IEnumerable<RuleViolation> Violations(DeclaredConnections model)
    {
        foreach (var connection in model.Connections)
        {
            foreach (var (role, direction, other) in Sides(connection))
            {
                if (!model.Groups.TryGetValue(role, out var group))
                {
                    yield return RuleViolation.OfStack($"connection {Describe(connection)} names role '{role}', which has no security group: declare the group in the network, or correct the role");
                }
                else if (!model.On(role, direction).Any(rule => rule.Opens(connection.Port) && rule.Covers(other)))
                {
                    var (side, way, word) = direction == RuleDirection.Ingress ? ("destination", "ingress", "from") : ("source", "egress", "to");
                    yield return RuleViolation.Of(
                        group,
                        way,
                        $"connection {Describe(connection)} is blocked at the {side}: group '{role}' has no {way} rule {word} {other} opening {connection.Port}; "
                        + "generate its rules from the declaration (Network.Connect) instead of writing or deleting rules by hand");
                }
            }
        }
    }

    /// <summary><c>'api' control-plane -&gt; api-int-lb tcp/6443 (why)</c>.</summary>
    internal static string Describe(Connection connection) => $"{connection} ({connection.Why})";

    private static IEnumerable<(SecurityGroupRole Role, RuleDirection Direction, Peer Other)> Sides(Connection connection)
    {
        if (connection.From.Role is { } source)
        {
            yield return (source, RuleDirection.Egress, connection.To);
        }

        if (connection.To.Role is { } destination)
        {
            yield return (destination, RuleDirection.Ingress, connection.From);
        }
    }
}
