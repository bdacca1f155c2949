using Infra.Aws.Vpc;
using Infra.Network;
using Infra.Policies.Engine;

namespace Infra.Policies.Rules;

/// <summary>
/// No ingress from the whole internet, except on the security group of internet-facing load
/// balancers (<see cref="PublicLoadBalancerAnnotation"/>) and its rules. Security groups have no
/// inline rules in this model (<see cref="Infra.Aws.Ec2.SecurityGroupArgs"/>), and ingress rules
/// carry IPv4 peers only, so the ingress rule resources' <c>cidrIpv4</c> is all there is to check.
/// </summary>
public sealed class NoOpenIngress : PolicyRule
{
    /// <summary>The CIDRs meaning "every address".</summary>
    private static readonly string[] Anywhere = ["0.0.0.0/0", "::/0"];

    public override string Id => "AWS-003";

    public override string Title => "No ingress from 0.0.0.0/0 except to public load balancers";

    public override string Rationale =>
        "Nodes, API servers and etcd are scanned within minutes of being reachable; only the load balancers meant for the internet may accept it.";

    public override bool MandatoryInProduction => true;

    public override IEnumerable<RuleViolation> Evaluate(PolicyContext context) =>
        context.ResourcesOf<SecurityGroupIngressRule>()
            .Where(rule => Anywhere.Contains(rule.Args.CidrIpv4?.KnownValue, StringComparer.Ordinal) && !IngressRules.FrontsPublicLoadBalancer(rule))
            .Select(rule => RuleViolation.Of(
                rule,
                "cidrIpv4",
                $"ingress is open to {rule.Args.CidrIpv4?.KnownValue}: allow only the client networks that need it, or declare the rule on the public load balancer group"));
}
