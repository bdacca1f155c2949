namespace Infra.Policies.Engine;

/// <summary>
/// What the stack states about itself that its resources do not show: rules read these through
/// <see cref="PolicyContext.Facts"/>, waivers select stacks by them.
/// </summary>
public sealed record StackFacts
{
    /// <summary>The environment name whose stacks get production enforcement.</summary>
    public const string ProductionEnvironment = "prod";

    /// <summary>The stack's name, e.g. <c>prod-eu-west-1</c>; waivers may list it.</summary>
    public required string Stack { get; init; }

    /// <summary>The environment, e.g. <c>dev</c>, <c>staging</c>, <c>prod</c>; it selects the default enforcement.</summary>
    public required string Environment { get; init; }

    /// <summary>How many availability zones the stack spreads over.</summary>
    public required int AvailabilityZones { get; init; }

    /// <summary>Where a fix sets the zones: the config key, and on a stack that takes its zones from another stack, that stack's file.</summary>
    public string AvailabilityZonesKey { get; init; } = "infra:availabilityZones";

    /// <summary>
    /// Networks outside the VPC the stack allows to reach the Kubernetes API (<c>infra:apiAllowedCidrs</c>). Empty by
    /// default: no internet-wide CIDR may reach a public API load balancer unless listed here.
    /// </summary>
    public IReadOnlyList<string> ApiAllowedCidrs { get; init; } = [];

    /// <summary>
    /// The cluster's worker pools at their largest. The cluster stack states its own; the platform stack, whose
    /// workloads run on them, takes them from the cluster stack's file. Empty: the capacity rules have nothing to check.
    /// </summary>
    public IReadOnlyList<PoolCapacity> Pools { get; init; } = [];

    /// <summary>Where a fix sets the pools: the config key, and on the platform stack the cluster stack's file.</summary>
    public string PoolsKey { get; init; } = "infra:nodePools";

    /// <summary>The control-plane nodes (one per zone), counted with the pools in the node envelope as the address plan counts them.</summary>
    public int ControlPlaneNodes { get; init; }

    /// <summary>True for production stacks: rules flagged mandatory in production are mandatory here.</summary>
    public bool IsProduction => string.Equals(Environment, ProductionEnvironment, StringComparison.Ordinal);
}
