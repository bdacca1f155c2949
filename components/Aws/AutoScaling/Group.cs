using Infra.Model;

namespace Infra.Aws.AutoScaling;

/// <summary>Args of <c>aws:autoscaling/group:Group</c>, with the provider's property names.</summary>
public sealed record GroupArgs
{
    public required int MinSize { get; init; }

    public required int MaxSize { get; init; }

    public int? DesiredCapacity { get; init; }

    /// <summary>The subnets instances launch in (one per availability zone).</summary>
    public IReadOnlyList<Expr<string>>? VpcZoneIdentifiers { get; init; }

    /// <summary>A single launch template; leave unset when <see cref="MixedInstancesPolicy"/> names it.</summary>
    public GroupLaunchTemplate? LaunchTemplate { get; init; }

    public GroupMixedInstancesPolicy? MixedInstancesPolicy { get; init; }

    /// <summary>"EC2" or "ELB".</summary>
    public string? HealthCheckType { get; init; }

    /// <summary>Seconds after launch before health checks count.</summary>
    public int? HealthCheckGracePeriod { get; init; }

    /// <summary>Seconds before a new instance's metrics count towards scaling and refresh progress.</summary>
    public int? DefaultInstanceWarmup { get; init; }

    /// <summary>Replaces Spot instances at elevated interruption risk before they are interrupted.</summary>
    public bool? CapacityRebalance { get; init; }

    public GroupInstanceRefresh? InstanceRefresh { get; init; }

    public IReadOnlyList<GroupMetric>? EnabledMetrics { get; init; }

    /// <summary>"1Minute", the only granularity AWS offers.</summary>
    public string? MetricsGranularity { get; init; }

    public IReadOnlyList<GroupTag>? Tags { get; init; }

    /// <summary>Target groups the group registers its instances with (e.g. the API load balancers').</summary>
    public IReadOnlyList<Expr<string>>? TargetGroupArns { get; init; }

    /// <summary>
    /// The number of instances that must be healthy in every attached target group before a create or update
    /// completes: the provider polls the load balancer's target health through the AWS API.
    /// </summary>
    public int? WaitForElbCapacity { get; init; }

    /// <summary>How long (a Go duration, e.g. "30m") the provider waits for that capacity before failing the update.</summary>
    public string? WaitForCapacityTimeout { get; init; }
}

/// <summary>Which launch template, and which version of it.</summary>
public sealed record GroupLaunchTemplate
{
    public Expr<string>? Id { get; init; }

    /// <summary>A version number as a string, or "$Latest"/"$Default".</summary>
    public Expr<string>? Version { get; init; }
}

/// <summary>Several instance types behind one launch template.</summary>
public sealed record GroupMixedInstancesPolicy
{
    public GroupMixedInstancesPolicyInstancesDistribution? InstancesDistribution { get; init; }

    public required GroupMixedInstancesPolicyLaunchTemplate LaunchTemplate { get; init; }
}

/// <summary>On-Demand versus Spot, and how each picks among the instance types.</summary>
public sealed record GroupMixedInstancesPolicyInstancesDistribution
{
    /// <summary>"prioritized" (the order of the overrides) or "lowest-price".</summary>
    public string? OnDemandAllocationStrategy { get; init; }

    public int? OnDemandBaseCapacity { get; init; }

    public int? OnDemandPercentageAboveBaseCapacity { get; init; }

    public string? SpotAllocationStrategy { get; init; }
}

/// <summary>The launch template of a mixed instances policy and its per-type overrides.</summary>
public sealed record GroupMixedInstancesPolicyLaunchTemplate
{
    public required GroupMixedInstancesPolicyLaunchTemplateSpecification LaunchTemplateSpecification { get; init; }

    public IReadOnlyList<GroupMixedInstancesPolicyLaunchTemplateOverride>? Overrides { get; init; }
}

/// <summary>The launch template a mixed instances policy launches from.</summary>
public sealed record GroupMixedInstancesPolicyLaunchTemplateSpecification
{
    public Expr<string>? LaunchTemplateId { get; init; }

    public Expr<string>? Version { get; init; }
}

/// <summary>One instance type the group may launch.</summary>
public sealed record GroupMixedInstancesPolicyLaunchTemplateOverride
{
    public string? InstanceType { get; init; }
}

/// <summary>How the group replaces instances when its launch template changes.</summary>
public sealed record GroupInstanceRefresh
{
    /// <summary>"Rolling", the only strategy AWS offers.</summary>
    public required string Strategy { get; init; }

    public GroupInstanceRefreshPreferences? Preferences { get; init; }

    /// <summary>Properties besides the launch template whose change starts a refresh.</summary>
    public IReadOnlyList<string>? Triggers { get; init; }
}

/// <summary>Pace and safety of an instance refresh.</summary>
public sealed record GroupInstanceRefreshPreferences
{
    /// <summary>Percentage of capacity kept in service while replacing.</summary>
    public int? MinHealthyPercentage { get; init; }

    /// <summary>Percentage of capacity the group may reach while replacing (100-200).</summary>
    public int? MaxHealthyPercentage { get; init; }

    /// <summary>Leaves instances that already match the desired configuration alone.</summary>
    public bool? SkipMatching { get; init; }

    /// <summary>Rolls back to the previous launch template version when the refresh fails.</summary>
    public bool? AutoRollback { get; init; }
}

/// <summary>A group tag; <c>propagateAtLaunch</c> copies it onto the instances the group launches.</summary>
public sealed record GroupTag(string Key, Expr<string> Value, bool PropagateAtLaunch);

/// <summary>Group metrics CloudWatch can collect, spelt as the provider expects.</summary>
public enum GroupMetric
{
    [PulumiName("GroupMinSize")]
    GroupMinSize,

    [PulumiName("GroupMaxSize")]
    GroupMaxSize,

    [PulumiName("GroupDesiredCapacity")]
    GroupDesiredCapacity,

    [PulumiName("GroupInServiceInstances")]
    GroupInServiceInstances,

    [PulumiName("GroupPendingInstances")]
    GroupPendingInstances,

    [PulumiName("GroupStandbyInstances")]
    GroupStandbyInstances,

    [PulumiName("GroupTerminatingInstances")]
    GroupTerminatingInstances,

    [PulumiName("GroupTotalInstances")]
    GroupTotalInstances,
}

/// <summary>An EC2 Auto Scaling group.</summary>
public sealed class Group(Scope scope, string id, GroupArgs args, ResourceOptions? options = null)
    : Resource<GroupArgs>(scope, id, "aws:autoscaling/group:Group", args, options)
{
    public Output<string> Id => Output<string>("id");

    public Output<string> Arn => Output<string>("arn");

    /// <summary>The group's AWS name (<see cref="Resource.Name"/> is the Pulumi logical name).</summary>
    public Output<string> GroupName => Output<string>("name");
}
