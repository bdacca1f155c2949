using Infra.Aws.Vpc;
using Infra.Model;
using Infra.Network;

namespace Infra.Policies.Rules;

/// <summary>What the ingress rules share: the security group a rule belongs to and its public-load-balancer exemption.</summary>
internal static class IngressRules
{
    /// <summary>
    /// True when the rule, or the security group it is declared on, is marked as fronting an
    /// internet-facing load balancer (<see cref="PublicLoadBalancerAnnotation"/>).
    /// </summary>
    public static bool FrontsPublicLoadBalancer(SecurityGroupIngressRule rule) =>
        rule.Has<PublicLoadBalancerAnnotation>()
        || (rule.Args.SecurityGroupId.Node is OutputReference { Resource: var group } && group.Has<PublicLoadBalancerAnnotation>());
}
