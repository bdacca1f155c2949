using NetworkComponent = Infra.Network.Network;

namespace Infra.ControlPlane.Endpoint;

/// <summary>What the <see cref="ApiLoadBalancer"/> fronts and who may reach it. Optional settings change with <c>with { ... }</c>.</summary>
public sealed record ApiLoadBalancerArgs
{
    /// <summary>The cluster's name (lower-case letters, digits, hyphens): the load balancers' names and Name tags start with it.</summary>
    public required string ClusterName { get; init; }

    /// <summary>The cluster's network: private subnets and role groups for the internal load balancer, public ones for the public.</summary>
    public required NetworkComponent Network { get; init; }

    /// <summary>Tags every resource carries (cluster, environment, owner, cost-center); Name is added per resource.</summary>
    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    /// <summary>
    /// On by default: every node and kubeconfig points at the endpoint, so deleting it by mistake takes the whole
    /// cluster down. Dev stacks turn it off so that tearing the stack down needs no manual step.
    /// </summary>
    public bool DeletionProtection { get; init; } = true;

    /// <summary>
    /// Networks outside the VPC allowed to reach the API. Empty by default: no public load balancer at all, the API is
    /// reached from inside the VPC (or over VPN/peering). When set, a public load balancer is added behind the
    /// network's public load balancer group, which admits exactly <c>NetworkArgs.PublicIngressCidrs</c>: give the same
    /// list to both (the stack passes <c>infra:apiAllowedCidrs</c>). <c>0.0.0.0/0</c> only when listed on purpose.
    /// </summary>
    public IReadOnlyList<string> PublicAllowedCidrs { get; init; } = [];
}
