using Infra.NodePools;

namespace Infra.Stacks.Config;

/// <summary>A group of worker nodes that scales between <see cref="Min"/> and <see cref="Max"/>;
/// the loader guarantees <c>Min &lt;= Desired &lt;= Max</c> and at least one instance type of the instance type table.</summary>
public sealed record NodePoolConfig
{
    /// <summary>DNS label naming the pool (<c>general</c>); part of resource names and node labels. Says nothing about its kind.</summary>
    public required string Name { get; init; }

    /// <summary>What the pool is for (<c>kind</c>): its instance families, labels, taints and kubelet alignment. General unless set.</summary>
    public NodePoolKind Kind { get; init; } = NodePoolKind.General;

    public required int Min { get; init; }

    public required int Max { get; init; }

    /// <summary>Size at creation; the cluster autoscaler moves it afterwards.</summary>
    public required int Desired { get; init; }

    /// <summary>EC2 instance types, preferred first; several let the group ride out one type's capacity shortage.</summary>
    public required EquatableList<string> InstanceTypes { get; init; }

    /// <summary>Percent of the nodes above <see cref="OnDemandBase"/> that are Spot (<c>spotPercentage</c>): 0, none, unless set.</summary>
    public int SpotPercentage { get; init; }

    /// <summary>Nodes that stay On-Demand whatever <see cref="SpotPercentage"/> says (<c>onDemandBase</c>): 0 unless set.</summary>
    public int OnDemandBase { get; init; }
}
