using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// Every security group rule serves a declared connection: it sits on the group of the connection's source (egress) or
/// destination (ingress), names the other end exactly, and opens exactly the connection's protocol and ports. A rule no
/// connection needs is either a hand-written one the declarations do not know, or one left behind when a listener moved.
/// </summary>
public sealed class NoUnneededRules : PolicyRule
{
    public override string Id => "NET-002";

    public override string Title => "No security group rule that no declared connection needs";

    public override string Rationale =>
        "Rules written beside the declarations drift from the listeners (the events etcd cluster listened on 2382/2383 while rules opened 2379/2380) and open what nothing uses.";

    public override bool MandatoryInProduction => true;

    public override bool MandatoryEverywhere => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) => Violations(DeclaredConnections.Of(context));

    /// <summary>The rules of <paramref name="model"/> that serve no connection.</summary>
    internal static IEnumerable<RuleViolation> Violations(DeclaredConnections model) =>
        model.Rules
            .Where(rule => !model.Connections.Any(connection =>
                rule.OpensExactly(connection.Port)
                && (rule.Direction == RuleDirection.Ingress
                    ? connection.To.Role == rule.Role && rule.IsExactly(connection.From)
                    : connection.From.Role == rule.Role && rule.IsExactly(connection.To))))
            .Select(rule => RuleViolation.Of(
                rule.Resource,
                $"{rule.Direction.ToString().ToLowerInvariant()} rule on group '{rule.Role?.Key ?? "(no role)"}' opening {rule.Protocol}/{rule.From}-{rule.To} {(rule.Direction == RuleDirection.Ingress ? "from" : "to")} {rule.PeerName} serves no declared connection: "
                + "declare the connection where its listener is configured and let the network generate the rule, or delete the rule"));
}
