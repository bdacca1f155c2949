namespace Infra.Network;

/// <summary>
/// Marks the security group of internet-facing load balancers and its rules: the one place where an
/// ingress from <c>0.0.0.0/0</c> can be intended. Policies that forbid open ingress skip resources with it.
/// </summary>
public sealed record PublicLoadBalancerAnnotation
{
    public static readonly PublicLoadBalancerAnnotation Instance = new();
}
