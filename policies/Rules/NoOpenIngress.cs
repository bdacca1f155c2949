using Infra.Aws.Vpc;
using Infra.Network;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// No ingress from the whole internet (<c>cidrIpv4</c> 0.0.0.0/0 or <c>cidrIpv6</c> ::/0), except on
/// the security group of internet-facing load balancers (<see cref="PublicLoadBalancerAnnotation"/>)
/// and its rules. Security groups have no inline rules in this model
/// (<see cref="Infra.Aws.Ec2.SecurityGroupArgs"/>), so the ingress rule resources are all there is to check.
/// </summary>
public sealed class NoOpenIngress : PolicyRule
{
    public override string Id => "AWS-003";

    public override string Title => "No ingress from 0.0.0.0/0 or ::/0 except to public load balancers";

    public override string Rationale =>
        "Nodes, API servers and etcd are scanned within minutes of being reachable; only the load balancers meant for the internet may accept it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        from rule in context.ResourcesOf<SecurityGroupIngressRule>()
        where !IngressRules.FrontsPublicLoadBalancer(rule)
        from peer in IngressRules.InternetPeers(rule.Args)
        select RuleViolation.Of(
            rule,
            peer.Property,
            $"ingress is open to {peer.Anywhere}: allow only the client networks that need it, or declare the rule on the public load balancer group");
}
